namespace CloudImages.Emulator
{
    /// <summary>The tags of one image, under /v2/{project_id}/images/{image_id}/tags: add or update one, delete one by
    /// key, list them.</summary>
    internal static class ImageTagEndpoints
    {
        public static Route Add { get; } = Route.For("AddImageTag", "POST", "/v2/{project_id}/images/{image_id}/tags", AddTag);

        public static Route Delete { get; } = Route.For("DeleteImageTag", "DELETE", "/v2/{project_id}/images/{image_id}/tags/{key}", DeleteTag);

        public static Route List { get; } = Route.For("ListImageTags", "GET", "/v2/{project_id}/images/{image_id}/tags", ListTags);

        // Idempotent: a known key takes the new value, the same key and value change nothing.
        private static ImsResponse AddTag(ImsCall call)
        {
            var tag = JsonBody.Parse(call.Body).RequiredObject("tag");
            var added = ImageTags.Checked(tag.RequiredString("key"), tag.RequiredString("value"), "tag");
            return ImageTags.Change(call, call["image_id"], image => ImageTags.With(image.Tags, new[] { added }));
        }

        // Not idempotent: an absent key is a 404. The key is not checked, so that older tags can be deleted too.
        private static ImsResponse DeleteTag(ImsCall call)
        {
            var key = call["key"];
            return ImageTags.Change(call, call["image_id"], image => ImageTags.Without(image, key));
        }

        private static ImsResponse ListTags(ImsCall call)
        {
            var project = call.ProjectId;
            var id = call["image_id"];
            var image = call.Run(state => ImageLookup.Seen(state, project, id));
            return ImsResponse.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("tags");
                foreach (var tag in image.Tags)
                {
                    TagJson.Write(w, tag);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
    }
}
