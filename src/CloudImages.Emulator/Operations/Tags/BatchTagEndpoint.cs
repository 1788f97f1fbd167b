using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>POST /v2/{project_id}/images/{image_id}/tags/action: adds or updates (create), or deletes (delete),
    /// several tags of an image at once: all of them or, when one is refused, none.</summary>
    internal static class BatchTagEndpoint
    {
        public static Route Route { get; } = Route.For("BatchUpdateImageTags", "POST", "/v2/{project_id}/images/{image_id}/tags/action", Handle);

        // The deletion rules of the page: characters are not checked, a key has 1 to 127 characters, a value (optional) at most 255.
        private const int MaxDeleteKeyLength = 127;

        private const int MaxDeleteValueLength = 255;

        private static readonly string[] Actions = { "create", "delete" };

        private static ImsResponse Handle(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            var action = body.RequiredString("action");
            if (!Actions.Contains(action, StringComparer.Ordinal))
            {
                throw body.Wrong("action", "create or delete (case sensitive)");
            }

            var items = body.Objects("tags") ?? throw body.Missing("tags");
            var create = action == "create";
            var tags = items.Select((item, i) => create ? ToCreate(item, $"tags[{i}]") : ToDelete(item)).ToList();
            var repeated = tags.GroupBy(t => t.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
            {
                throw ImageTags.Invalid($"the keys of tags must be unique; '{repeated.Key}' is given {repeated.Count()} times.");
            }

            return ImageTags.Change(call, call["image_id"], image => create ? ImageTags.With(image.Tags, tags.Select(t => t.Tag!)) : Without(image.Tags, tags));
        }

        private static Entry ToCreate(JsonBody item, string path)
        {
            var tag = ImageTags.Checked(item.RequiredString("key"), item.RequiredString("value"), path);
            return new Entry(tag.Key, tag.Value, tag);
        }

        private static Entry ToDelete(JsonBody item)
        {
            var key = item.RequiredString("key");
            var value = item.String("value");
            if (key.Length == 0 || key.Length > MaxDeleteKeyLength)
            {
                throw ImageTags.Invalid($"{item.Member("key")} '{key}' is not 1 to {MaxDeleteKeyLength} characters.");
            }

            return value is null || value.Length <= MaxDeleteValueLength
                ? new Entry(key, value, null)
                : throw ImageTags.Invalid($"{item.Member("value")} is longer than {MaxDeleteValueLength} characters.");
        }

        // A tag that is not there counts as deleted. With a value, only the tag with that key and value goes.
        private static IReadOnlyList<ImageTag> Without(IReadOnlyList<ImageTag> tags, IReadOnlyList<Entry> deleted) =>
            tags.Where(t => !deleted.Any(d => d.Deletes(t))).ToList();

        /// <summary>One item of <c>tags</c>: its key and value, and the tag to store (create only).</summary>
        private sealed record Entry(string Key, string? Value, ImageTag? Tag)
        {
            public bool Deletes(ImageTag tag) =>
                string.Equals(Key, tag.Key, StringComparison.Ordinal) && (Value is null || string.Equals(Value, tag.Value, StringComparison.Ordinal));
        }
    }
}
