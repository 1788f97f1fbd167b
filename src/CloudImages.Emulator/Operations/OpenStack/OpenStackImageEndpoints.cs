using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>GET and DELETE /v2/images/{image_id}: one image as the caller sees it, and deleting one of its own.</summary>
    internal static class OpenStackImageEndpoints
    {
        public static Route Get { get; } = Route.For("OpenStackGetImage", "GET", "/v2/images/{image_id}", GetImage);

        public static Route Delete { get; } = Route.For("OpenStackDeleteImage", "DELETE", "/v2/images/{image_id}", DeleteImage);

        private static ImsResponse GetImage(ImsCall call)
        {
            var project = call.ProjectId;
            var id = call["image_id"];
            var image = call.Run(state => ImageLookup.Seen(state, project, id, openStack: true));
            return OpenStackImageJson.Image(200, image);
        }

        // "You can only delete your own private images": a public image (IMG.0094), another project's (IMG.0092), a
        // protected one (IMG.0028) and one a job is still creating (IMG.0090) stay. Its members go with it.
        private static ImsResponse DeleteImage(ImsCall call)
        {
            if (call.Body.Length > 0)
            {
                var body = JsonBody.Parse(call.Body);
                if (body.Names().FirstOrDefault(n => n != "delete_backup") is { } unknown)
                {
                    throw new ImsRequestException(ImsErrors.InvalidRequest($"{unknown} is not a member of this request."));
                }

                // Backups of full-ECS images are not modelled: the flag is read for its type only.
                _ = body.Bool("delete_backup");
            }

            var project = call.ProjectId;
            var id = call["image_id"];
            return call.Run(state =>
            {
                var image = ImageLookup.Seen(state, project, id, openStack: true);
                if (image.Visibility == "public")
                {
                    throw ImsErrors.Refuse("IMG.0094", $"'{id}' is public.");
                }

                if (!state.Owns(project, image))
                {
                    throw ImsErrors.Refuse("IMG.0092", $"'{id}' belongs to another project.");
                }

                if (image.Protected)
                {
                    throw ImsErrors.Refuse("IMG.0028", $"'{id}' is protected.");
                }

                if (image.Status == "saving" || state.Data.Jobs.Values.Any(j => !j.Settled && j.ImageIds.Contains(id)))
                {
                    throw ImsErrors.Refuse("IMG.0090", $"a job is still creating '{id}'.");
                }

                foreach (var member in state.MembersOf(id))
                {
                    state.RemoveMember(id, member.ProjectId);
                }

                state.RemoveImage(id);
                return ImsResponse.Empty(204);
            });
        }
    }
}
