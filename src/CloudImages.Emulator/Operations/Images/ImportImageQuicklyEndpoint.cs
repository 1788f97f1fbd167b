namespace CloudImages.Emulator
{
    /// <summary>POST /v2/cloudimages/quickimport/action: a system disk image (type ECS or BMS, job imsImportImageJob)
    /// or a data disk image (type DataImage, job imsImportDataImageJob) from a ZVHD2 or RAW file of at most 1 TB.</summary>
    internal static class ImportImageQuicklyEndpoint
    {
        public static Route Route { get; } = Route.For("ImportImageQuickly", "POST", "/v2/cloudimages/quickimport/action", Handle);

        private static ImsResponse Handle(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            var fields = NewImageFields.Read(body);
            var file = ImageFileUrl.Read(body).QuickImportable(body.Member("image_url"));
            var minDisk = ImageFileUrl.ReadMinDisk(body, 1, 1024);
            var type = body.String("type") ?? "ECS";
            var virtualEnv = type switch
            {
                "ECS" => "FusionCompute",
                "BMS" => "Ironic",
                "DataImage" => "DataImage",
                _ => throw new ImsRequestException(ImsErrors.InvalidImageType($"type '{type}' is not ECS, BMS or DataImage.")),
            };

            // os_type describes a data disk image; a system disk image takes os_version.
            var osType = NewImageOs.ReadType(body, "Linux", "Windows");
            var os = virtualEnv == "DataImage" ? null : NewImageOs.Documented(body.RequiredString("os_version"), body.Member("os_version"));
            var architecture = body.String("architecture") ?? "x86";
            if (architecture is not ("x86" or "arm"))
            {
                throw ImsErrors.Refuse("IMG.0212", $"'{architecture}'.");
            }

            // An Arm image boots with UEFI whatever the request says.
            var firmware = NewImageKind.Firmware(body);
            firmware = architecture == "arm" ? "uefi" : firmware;
            var project = call.ProjectId;
            return call.Run(state =>
            {
                var source = file.FindForQuickImport(state, minDisk);
                if (os is null)
                {
                    var dataDisk = file.DataImage(state, project, fields, osType ?? "Linux", source, minDisk);
                    return new NewImageJob(CreateImageFromFile.DataImageJobType, dataDisk).Start(state, project);
                }

                var image = file.Image(state, project, fields, os, source, minDisk) with
                {
                    VirtualEnvType = virtualEnv,
                    HwFirmwareType = firmware ?? "bios",
                };
                return new NewImageJob(CreateImageFromFile.JobType, image).Start(state, project);
            });
        }
    }
}
