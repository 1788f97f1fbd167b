using System;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>PUT /v1/cloudimages/{image_id}/upload: registers an OBS file as the content of an image whose metadata
    /// was created (status queued). The image is saving while the job runs, then active (or killed).</summary>
    internal static class RegisterImageEndpoint
    {
        public static Route Route { get; } = Route.For("RegisterImage", "PUT", "/v1/cloudimages/{image_id}/upload", Handle);

        /// <summary>The formats the page accepts, by file extension.</summary>
        private static readonly string[] FileFormats = { "zvhd", "qcow2", "vhd", "raw", "vhdx", "qed", "vdi", "qcow", "zvhd2", "vmdk" };

        private static ImsResponse Handle(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            var url = ObsFileUrl.Parse(body.RequiredString("image_url"), "image_url", "IMG.0017");
            var extension = System.IO.Path.GetExtension(url.Key).TrimStart('.');
            if (!FileFormats.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                throw ImsErrors.Refuse("IMG.0057", $"'{url.Key}' is not a {string.Join(", ", FileFormats).ToUpperInvariant()} file.");
            }

            var project = call.ProjectId;
            var id = call["image_id"];
            return call.Run(state =>
            {
                var image = ImageLookup.Owned(state, project, id);
                ImageLookup.RequireStatus(image, "queued", "only an image whose metadata was created and has no file yet takes one.");
                var file = state.FindObject(url.Bucket, url.Key) ?? throw ImsErrors.Refuse("IMG.0057", $"there is no object {url}.");
                if (file.SizeBytes == 0)
                {
                    throw ImsErrors.Refuse("IMG.0057", $"{url} is empty.");
                }

                var job = state.StartJob(ImageJobs.Register, project, ImageJobs.Entities(id), new[] { id });
                state.PutImage(image with { Status = "saving", ImageSize = file.SizeBytes, RootOrigin = "file", UpdatedAt = state.Now });
                return ImsResponse.Job(job);
            });
        }
    }
}
