using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>POST, DELETE and PUT /v1/cloudimages/members: share images with projects, stop sharing them, and
    /// accept or reject them as a member; each an asynchronous job over the members both APIs share.</summary>
    internal static class MemberBatchEndpoints
    {
        public static Route Add { get; } = Route.For("AddImageMembers", "POST", "/v1/cloudimages/members", AddMembers);

        public static Route Delete { get; } = Route.For("DeleteImageMembers", "DELETE", "/v1/cloudimages/members", DeleteMembers);

        public static Route Update { get; } = Route.For("UpdateImageMemberStatus", "PUT", "/v1/cloudimages/members", UpdateStatus);

        private static ImsResponse AddMembers(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            var imageIds = MemberBatch.Ids(body, "images");
            var projects = MemberBatch.Ids(body, "projects");
            var caller = call.ProjectId;
            foreach (var project in projects)
            {
                ImageMembership.EnsureProject(project, caller);
            }

            return call.Run(state =>
            {
                var added = new List<ImageMember>();
                foreach (var id in imageIds)
                {
                    var image = MemberBatch.Image(state, caller, id);
                    ImageMembership.EnsureShareable(image);
                    MemberBatch.EnsureOwner(state, caller, image);

                    // A project that already is a member keeps its answer.
                    var fresh = projects.Where(p => ImageMembership.Find(state, image, p) is null).ToList();
                    ImageMembership.EnsureRoomFor(state, image, fresh.Count);
                    added.AddRange(fresh.Select(p => new ImageMember(id, p, ImageMembership.Pending, state.Now, state.Now)));
                }

                var results = imageIds.SelectMany(i => projects.Select(p => (i, p))).ToList();
                return MemberBatch.Start(state, "imsAddImageMembersJob", caller, results, () => added.ForEach(state.PutMember));
            });
        }

        private static ImsResponse DeleteMembers(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            var imageIds = MemberBatch.Ids(body, "images");
            var projects = MemberBatch.Ids(body, "projects");
            var caller = call.ProjectId;
            return call.Run(state =>
            {
                var images = new List<CatalogueImage>();
                foreach (var id in imageIds)
                {
                    var image = MemberBatch.Image(state, caller, id);
                    MemberBatch.EnsureOwner(state, caller, image);
                    if (projects.FirstOrDefault(p => ImageMembership.Find(state, image, p) is null) is { } stranger)
                    {
                        throw ImsErrors.Refuse("IMG.0113", $"project {stranger} is not a member of image {id}.");
                    }

                    images.Add(image);
                }

                // The job page's example of this job lists no results.
                return MemberBatch.Start(state, "imsDelImageMembersJob", caller, Array.Empty<(string, string)>(), () =>
                {
                    foreach (var image in images)
                    {
                        foreach (var project in projects)
                        {
                            ImageMembership.Remove(state, image, project);
                        }
                    }
                });
            });
        }

        private static ImsResponse UpdateStatus(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            var imageIds = MemberBatch.Ids(body, "images");
            var project = body.RequiredString("project_id");
            var status = ImageMembership.Decision(body);
            var vaultId = body.String("vault_id");
            var caller = call.ProjectId;

            // Only the member answers for itself: project_id is the caller's.
            if (!string.Equals(project, caller, StringComparison.Ordinal))
            {
                throw ImsErrors.Refuse("IMG.0030", $"project_id {project} is not the project of the token ({caller}).");
            }

            return call.Run(state =>
            {
                var members = new List<ImageMember>();
                foreach (var id in imageIds)
                {
                    var image = MemberBatch.Image(state, caller, id);
                    var member = ImageMembership.Find(state, image, caller)
                        ?? throw ImsErrors.Refuse("IMG.0114", $"image {id} is not shared with project {caller}.");
                    ImageMembership.EnsureVaultGiven(image, status, vaultId);
                    members.Add(member);
                }

                var results = imageIds.Select(i => (i, caller)).ToList();
                void Apply() => members.ForEach(m => ImageMembership.Decide(state, m, status, vaultId));
                return MemberBatch.Start(state, "imsUpdateImageMembersJob", caller, results, Apply);
            });
        }
    }
}
