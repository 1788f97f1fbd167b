using System;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>POST /v1/cloudimages/{image_id}/file: exports a private image to an OBS bucket; the file appears in the
    /// bucket when the job succeeds. Refuses what the page's constraints exclude, with the Error Codes page's codes.</summary>
    internal static class ExportImageEndpoint
    {
        public static Route Route { get; } = Route.For("ExportImage", "POST", "/v1/cloudimages/{image_id}/file", Handle);

        private const long GiB = 1L << 30;

        /// <summary>Larger images support only fast export.</summary>
        private const long MaxSlowExportBytes = 128 * GiB;

        /// <summary>"The image size must be less than 1 TB."</summary>
        private const long MaxExportBytes = 1024 * GiB;

        private static readonly string[] FileFormats = { "qcow2", "vhd", "zvhd", "vmdk" };

        /// <summary>Private images created from these public images (charged ones) cannot be exported.</summary>
        private static readonly string[] ChargedPlatforms = { "Windows", "SUSE", "Red Hat", "RedHat", "Ubuntu", "Oracle Linux" };

        private static ImsResponse Handle(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            var target = ObsFileUrl.Parse(body.RequiredString("bucket_url"), "bucket_url", "IMG.0073");
            var format = body.String("file_format");
            var quick = body.Bool("is_quick_export") ?? false;
            if (quick && format is not null)
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest("file_format cannot be specified with is_quick_export true: "
                    + "a fast export writes ZVHD2."));
            }

            if (!quick && format is null)
            {
                throw body.Missing("file_format");
            }

            if (format is not null && !FileFormats.Contains(format, StringComparer.Ordinal))
            {
                throw new ImsRequestException(ImsErrors.InvalidFormat($"file_format '{format}' is not {string.Join(", ", FileFormats)}."));
            }

            var project = call.ProjectId;
            var id = call["image_id"];
            return call.Run(state =>
            {
                var image = ImageLookup.Seen(state, project, id);
                if (image.Visibility == "public" || image.ImageType == "gold")
                {
                    throw ImsErrors.Refuse("IMG.0077", $"image {id} is public.");
                }

                image = ImageLookup.Owned(state, project, id);
                ImageLookup.RequireStatus(image, "active", "only active images can be exported.");
                CheckKind(state, image);
                CheckSize(image, quick);
                CheckTarget(state, image, target);
                var size = image.ImageSize ?? image.Size;
                var file = new BucketObject(target.Bucket, target.Key, size);
                var job = state.StartJob(ImageJobs.Export, project, ImageJobs.Entities(id), writesObject: file);
                return ImsResponse.Job(job);
            });
        }

        private static void CheckKind(ImsTransaction state, CatalogueImage image)
        {
            if (image.WholeImage)
            {
                throw ImsErrors.Refuse("IMG.0128", $"image {image.Id} is a full-ECS image.");
            }

            if (image.VirtualEnvType == "IsoImage")
            {
                throw ImsErrors.Refuse("IMG.0167", $"image {image.Id} is an ISO image.");
            }

            // The parent is what __originalimagename names; an image from a file has none.
            var parentId = image.OriginalImageName;
            var parent = string.IsNullOrEmpty(parentId) || parentId == image.Id ? null : state.FindImage(parentId);
            var platform = parent?.Platform ?? image.Platform;
            if (parent is { Visibility: "public" } && ChargedPlatforms.Contains(platform, StringComparer.Ordinal))
            {
                throw ImsErrors.Refuse("IMG.0079", $"image {image.Id} was created from the {platform} public image {parent.Id}.");
            }
        }

        private static void CheckSize(CatalogueImage image, bool quick)
        {
            var size = image.ImageSize ?? image.Size;
            if (size >= MaxExportBytes)
            {
                throw ImsErrors.Refuse("IMG.0059", $"image {image.Id} has {size} bytes; an exported image must be less than 1 TB.");
            }

            if (size > MaxSlowExportBytes && !quick)
            {
                throw ImsErrors.Refuse("IMG.0160", $"image {image.Id} has {size} bytes; images larger than 128 GB support only fast export "
                    + "(is_quick_export).");
            }
        }

        private static void CheckTarget(ImsTransaction state, CatalogueImage image, ObsFileUrl target)
        {
            // The inventory has objects, not buckets: a bucket exists when it holds something.
            if (!state.Data.BucketObjects.Any(o => o.Bucket == target.Bucket))
            {
                throw ImsErrors.Refuse("IMG.0069", $"there is no bucket '{target.Bucket}'.");
            }

            var running = state.Data.Jobs.Values.Where(j => j.Type == ImageJobs.Export && !j.Settled && j.EndTime > state.Now).ToList();
            if (running.Any(j => ImageJobs.ImageIdOf(j) == image.Id))
            {
                throw ImsErrors.Refuse("IMG.0148", $"image {image.Id} has an export under way.");
            }

            var writing = running.Any(j => j.WritesObject is { } o && o.Bucket == target.Bucket && o.Key == target.Key);
            if (writing || state.FindObject(target.Bucket, target.Key) is not null)
            {
                throw ImsErrors.Refuse("IMG.0070", $"{target} exists.");
            }
        }
    }
}
