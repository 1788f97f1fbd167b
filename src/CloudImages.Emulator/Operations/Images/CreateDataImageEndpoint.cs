namespace CloudImages.Emulator
{
    /// <summary>POST /v1/cloudimages/dataimages/action: a data disk image from a data disk image file in OBS, job
    /// imsImportDataImageJob.</summary>
    internal static class CreateDataImageEndpoint
    {
        public const string JobType = "imsImportDataImageJob";

        public static Route Route { get; } = Route.For("CreateDataImage", "POST", "/v1/cloudimages/dataimages/action", Handle);

        private static ImsResponse Handle(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            var fields = NewImageFields.Read(body);
            var osType = NewImageOs.ReadType(body, "Linux", "Windows") ?? "Linux";
            var file = ImageFileUrl.Read(body).DataDiskFile(body.Member("image_url"));
            var minDisk = ImageFileUrl.ReadMinDisk(body, 40, 2048);
            var cmk = body.String("cmk_id");
            var project = call.ProjectId;
            return call.Run(state =>
            {
                var source = file.Find(state, ImageFileUrl.CommonImportLimit);
                var image = file.DataImage(state, project, fields, osType, source, minDisk) with { SystemCmkId = cmk };
                return new NewImageJob(JobType, image).Start(state, project);
            });
        }
    }
}
