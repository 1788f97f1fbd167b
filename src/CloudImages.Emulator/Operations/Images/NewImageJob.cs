using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>The images a creating request makes and the job that makes them: the job's own image (its
    /// <c>entities</c> name it) and the images of its sub-jobs, each listed in <c>sub_jobs_result</c> as the job page's
    /// examples show (imsVolumesToSysDataImagesJob, imsImportOvaImageJob).</summary>
    internal sealed record NewImageJob(string Type, CatalogueImage? Image)
    {
        public IReadOnlyList<(string Type, CatalogueImage Image)> SubJobs { get; init; } = Array.Empty<(string, CatalogueImage)>();

        /// <summary>Every image the job makes: queued until it ends.</summary>
        public IEnumerable<CatalogueImage> Images =>
            (Image is null ? Enumerable.Empty<CatalogueImage>() : new[] { Image }).Concat(SubJobs.Select(s => s.Image));

        /// <summary>Checks the names and the quota of the caller, puts the images in the catalogue, queued, and starts
        /// the job.</summary>
        /// <exception cref="ImsRequestException">A name the caller already has or gives twice (IMG.0009), or more
        /// images than the quota leaves (IMG.0015).</exception>
        public ImsResponse Start(ImsTransaction state, string projectId)
        {
            var images = Images.ToList();
            // A deleted image neither holds its name nor counts against the quota.
            var owned = state.Images().Where(i => state.Owns(projectId, i) && i.Status != "deleted").ToList();
            var taken = new HashSet<string>(owned.Select(i => i.Name), StringComparer.Ordinal);
            foreach (var image in images)
            {
                if (!taken.Add(image.Name))
                {
                    throw ImsErrors.Refuse("IMG.0009", $"project {projectId} already has an image named '{image.Name}'.");
                }
            }

            ImageQuota.Ensure(state, projectId, images.Count);

            foreach (var image in images)
            {
                state.PutImage(image);
            }

            var subJobs = SubJobs.Select(s => new ImsSubJob(ImsTransaction.NewJobId(), s.Type, Entities(s.Image))).ToList();
            var job = state.StartJob(Type, projectId, Image is null ? "{}" : Entities(Image), images.ConvertAll(i => i.Id), subJobs);
            return ImsResponse.Job(job);
        }

        /// <summary>A new image of <paramref name="projectId"/>, queued, private, with the request's fields; the
        /// source fills in the rest.</summary>
        public static CatalogueImage Draft(ImsTransaction state, string projectId, NewImageFields fields, NewImageOs os) => new()
        {
            Id = ImsTransaction.NewId(),
            Name = fields.Name,
            Owner = projectId,
            Status = "queued",
            Visibility = "private",
            ImageType = "private",
            Description = fields.Description,
            Tags = fields.Tags,
            EnterpriseProjectId = fields.EnterpriseProjectId,
            MinRam = fields.MinRam,
            MaxRam = fields.MaxRam,
            OsVersion = os.Version,
            OsType = os.Type,
            Platform = os.Platform,
            OsBit = os.Bits,
            OriginalImageName = string.Empty,
            CreatedAt = state.Now,
            UpdatedAt = state.Now,
        };

        /// <summary>The <c>entities</c> of a job that makes <paramref name="image"/>: its name and id.</summary>
        private static string Entities(CatalogueImage image)
        {
            var buffer = new ArrayBufferWriter<byte>(128);
            using (var w = new Utf8JsonWriter(buffer, ImageJson.Options))
            {
                w.WriteStartObject();
                w.WriteString("image_name", image.Name);
                w.WriteString("image_id", image.Id);
                w.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }
}
