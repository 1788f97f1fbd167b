using System;

namespace CloudImages.Emulator
{
    /// <summary>POST /v1/cloudimages/{image_id}/copy: copies an image to a new private image of the caller, named as
    /// requested; the copy is queued until the job ends, then active (or killed). The owner copies its images; a
    /// member copies a shared image it accepted, unless KMS encrypts it.</summary>
    internal static class CopyImageInRegionEndpoint
    {
        public static Route Route { get; } = Route.For("CopyImageInRegion", "POST", "/v1/cloudimages/{image_id}/copy", Handle);

        private static ImsResponse Handle(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            var name = ImageAttributeRules.Name(body.String("name"), "name");
            var description = body.String("description") is { } text ? ImageAttributeRules.Description(text, "description") : null;
            var cmkId = body.String("cmk_id") is { Length: > 0 } key ? key : null;
            var enterpriseProject = body.String("enterprise_project_id") is { Length: > 0 } given
                ? ImageAttributeRules.EnterpriseProject(given, "enterprise_project_id")
                : "0";
            var project = call.ProjectId;
            var id = call["image_id"];
            return call.Run(state =>
            {
                var source = ImageLookup.Seen(state, project, id);
                CheckAccess(state, project, source);
                ImageLookup.RequireStatus(source, "active", "only active images can be replicated.");
                if (source.WholeImage)
                {
                    throw ImsErrors.Refuse("IMG.0130", $"image {id} is a full-ECS image.");
                }

                if (source.VirtualEnvType == "IsoImage")
                {
                    throw ImsErrors.Refuse("IMG.0167", $"image {id} was created from an ISO file.");
                }

                ImageQuota.Ensure(state, project, 1);

                var copy = source with
                {
                    Id = ImsTransaction.NewId(),
                    Name = name,
                    Description = description,
                    Owner = project,
                    Status = "queued",
                    IsRegistered = false,
                    Visibility = "private",
                    ImageType = "private",
                    MemberStatus = null,
                    Protected = false,
                    Tags = Array.Empty<ImageTag>(),
                    CreatedAt = state.Now,
                    UpdatedAt = state.Now,
                    ActiveAt = null,
                    OriginalImageName = source.Id,
                    SystemCmkId = cmkId,
                    EnterpriseProjectId = enterpriseProject,
                };
                state.PutImage(copy);
                var job = state.StartJob(ImageJobs.CopyInRegion, project, ImageJobs.Entities(copy.Id), new[] { copy.Id });
                return ImsResponse.Job(job);
            });
        }

        private static void CheckAccess(ImsTransaction state, string project, CatalogueImage source)
        {
            if (state.Owns(project, source))
            {
                return;
            }

            if (source.Visibility == "public" || source.ImageType == "gold")
            {
                throw ImsErrors.Refuse("IMG.0083", $"image {source.Id} is a public image; only private images are replicated.");
            }

            // Seen and not owned: shared with the caller.
            if (source.MemberStatus != "accepted")
            {
                throw ImsErrors.Refuse("IMG.0196", $"image {source.Id} is shared with project {project} as {source.MemberStatus ?? "not accepted"}.");
            }

            if (source.SystemCmkId is not null)
            {
                throw ImsErrors.Refuse("IMG.0197", $"image {source.Id} is encrypted with KMS key {source.SystemCmkId}.");
            }
        }
    }
}
