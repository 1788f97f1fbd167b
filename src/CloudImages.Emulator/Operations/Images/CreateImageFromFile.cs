using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>CreateImage from a file in OBS (<c>image_url</c>): a system disk image (job imsImportImageJob; for an
    /// OVA file imsImportOvaImageJob, whose sub-job imports the image), and a data disk image for each file of
    /// <c>data_images</c> (at most three; a sub-job imsImportDataImageJob each).</summary>
    internal static class CreateImageFromFile
    {
        public const string JobType = "imsImportImageJob";
        public const string OvaJobType = "imsImportOvaImageJob";
        public const string DataImageJobType = "imsImportDataImageJob";
        public const int MaxDataImages = 3;

        public static ImsResponse Handle(ImsCall call, JsonBody body, string project)
        {
            var fields = NewImageFields.Read(body);
            var file = ImageFileUrl.Read(body);
            var minDisk = ImageFileUrl.ReadMinDisk(body, 1, 1024);
            var virtualEnv = NewImageKind.VirtualEnvOf(body, isoAllowed: true);
            var os = ReadOs(body, virtualEnv, file);
            var quick = body.Bool("is_quick_import") ?? false;
            if (quick)
            {
                file.QuickImportable(body.Member("image_url"));
            }

            _ = body.Bool("is_config");
            var firmware = NewImageKind.Firmware(body);
            var cmk = body.String("cmk_id");
            var dataFiles = DataFile.ReadAll(body.Objects("data_images"), fields.Name);
            var twice = dataFiles.Select(d => d.File.Url).Prepend(file.Url).GroupBy(u => u, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
            {
                throw ImsErrors.Refuse("IMG.0123", $"'{twice.Key}' is named twice.");
            }

            return call.Run(state =>
            {
                var source = quick ? file.FindForQuickImport(state, minDisk) : file.Find(state, ImageFileUrl.CommonImportLimit);
                var image = file.Image(state, project, fields, os, source, minDisk) with
                {
                    VirtualEnvType = virtualEnv,
                    HwFirmwareType = firmware ?? "bios",
                    SystemCmkId = cmk,
                };
                var dataImages = dataFiles.Select(d => (DataImageJobType, d.Image(state, project, os.Type, fields.EnterpriseProjectId))).ToList();
                return file.Format == "ova"
                    ? new NewImageJob(OvaJobType, null) { SubJobs = dataImages.Prepend((JobType, image)).ToList() }.Start(state, project)
                    : new NewImageJob(JobType, image) { SubJobs = dataImages }.Start(state, project);
            });
        }

        // An ISO file needs os_version (the OS is read from it), quick import needs it too; otherwise the OS is the
        // one the request names, or only its os_type.
        private static NewImageOs ReadOs(JsonBody body, string virtualEnv, ImageFileUrl file)
        {
            var osType = NewImageOs.ReadType(body, "Linux", "Windows", "Other");
            var osVersion = body.String("os_version");
            if ((virtualEnv == "IsoImage") != (file.Format == "iso"))
            {
                throw virtualEnv == "IsoImage"
                    ? new ImsRequestException(ImsErrors.InvalidFormat($"type IsoImage needs an ISO file, not '{file.Url}'."))
                    : new ImsRequestException(ImsErrors.InvalidImageType($"the ISO file '{file.Url}' makes an image of type IsoImage."));
            }

            if (osVersion is null && virtualEnv == "IsoImage")
            {
                throw ImsErrors.Refuse("IMG.0166", "os_version is missing.");
            }

            if (osVersion is null && body.Bool("is_quick_import") == true)
            {
                throw body.Missing("os_version");
            }

            return osVersion is null
                ? NewImageOs.OfType(osType ?? "Linux", "Other")
                : NewImageOs.Documented(osVersion, body.Member("os_version"), osType);
        }

        /// <summary>A <c>data_images</c> item: a data disk image file (Table 2 of the page).</summary>
        private sealed record DataFile(ImageFileUrl File, int MinDisk, bool Quick, NewImageFields Fields)
        {
            public static IReadOnlyList<DataFile> ReadAll(IReadOnlyList<JsonBody>? items, string imageName)
            {
                if (items is { Count: > MaxDataImages })
                {
                    throw ImsErrors.Refuse("IMG.0194", $"{items.Count} data disk images, at most {MaxDataImages} with a system disk image.");
                }

                return (items ?? Array.Empty<JsonBody>()).Select((item, i) => Read(item, DefaultName(imageName, i + 1))).ToList();
            }

            public CatalogueImage Image(ImsTransaction state, string project, string osType, string enterpriseProject)
            {
                var source = Quick ? File.FindForQuickImport(state, MinDisk) : File.Find(state, ImageFileUrl.CommonImportLimit);
                return File.DataImage(state, project, Fields with { EnterpriseProjectId = enterpriseProject }, osType, source, MinDisk);
            }

            private static DataFile Read(JsonBody item, string defaultName)
            {
                var file = ImageFileUrl.Read(item).DataDiskFile(item.Member("image_url"));
                var minDisk = ImageFileUrl.ReadMinDisk(item, 1, 2048);
                var quick = item.Bool("is_quick_import") ?? false;
                if (quick)
                {
                    file.QuickImportable(item.Member("image_url"));
                }

                return new DataFile(file, minDisk, quick, NewImageFields.ReadOwn(item, defaultName));
            }

            // The page lets a data disk image go unnamed; it is named after the system disk image.
            private static string DefaultName(string imageName, int number)
            {
                var suffix = "-data" + number;
                return (imageName.Length + suffix.Length > 128 ? imageName[..(128 - suffix.Length)].TrimEnd() : imageName) + suffix;
            }
        }
    }
}
