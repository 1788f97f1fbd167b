namespace CloudImages.Emulator
{
    /// <summary>CreateImage from a data disk (<c>volume_id</c>): a system disk image of the OS the request names
    /// (<c>os_version</c>, mandatory: the system cannot tell what is on the disk), job imsVolumeCreateImageJob.</summary>
    internal static class CreateImageFromVolume
    {
        public const string JobType = "imsVolumeCreateImageJob";

        public static ImsResponse Handle(ImsCall call, JsonBody body, string project)
        {
            var volumeId = body.RequiredString("volume_id");
            var fields = NewImageFields.Read(body);
            var os = NewImageOs.Documented(body.RequiredString("os_version"), body.Member("os_version"));
            var virtualEnv = NewImageKind.VirtualEnvOf(body, isoAllowed: false);
            return call.Run(state =>
            {
                var volume = ImageSources.FindDataVolume(state, project, volumeId, body.Member("volume_id"));
                var image = NewImageJob.Draft(state, project, fields, os) with
                {
                    VirtualEnvType = virtualEnv,
                    MinDisk = volume.SizeGb,
                    DataOrigin = ImageSources.VolumeOrigin(volume.Id),
                };
                return new NewImageJob(JobType, image).Start(state, project);
            });
        }
    }
}
