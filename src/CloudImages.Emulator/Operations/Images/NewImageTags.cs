using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace CloudImages.Emulator
{
    /// <summary>The tags of a new image, as <c>tags</c> ("key.value") or as <c>image_tags</c> (key and value), after
    /// "Image Tag Format": a key of 1 to 36 characters, a value of at most 43 (maybe empty), at most 10 tags; a key
    /// given twice keeps its last value.</summary>
    internal static partial class NewImageTags
    {
        public const int MaxTags = 10;

        public static IReadOnlyList<ImageTag> Read(JsonBody body)
        {
            var texts = body.Strings("tags");
            var objects = body.Objects("image_tags");
            if (texts is not null && objects is not null)
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest($"use either {body.Member("tags")} or {body.Member("image_tags")}, not both."));
            }

            var tags = new List<ImageTag>();
            foreach (var text in texts ?? Array.Empty<string>())
            {
                var dot = text.IndexOf('.', StringComparison.Ordinal);
                var (key, value) = dot < 0 ? (text, string.Empty) : (text[..dot], text[(dot + 1)..]);
                Check(key, value, $"{body.Member("tags")} '{text}'");
                if (!TagTextPattern().IsMatch(key) || !TagTextPattern().IsMatch(value))
                {
                    throw new ImsRequestException(ImsErrors.InvalidTag($"{body.Member("tags")} '{text}' is not key.value of letters, digits, _, -."));
                }

                Add(tags, new ImageTag(key, value));
            }

            foreach (var item in objects ?? Array.Empty<JsonBody>())
            {
                // Spaces around a key or value are dropped, as the page says.
                var key = item.RequiredString("key").Trim();
                var value = item.RequiredString("value").Trim();
                Check(key, value, item.Member("key"));
                if (key.Contains('=', StringComparison.Ordinal))
                {
                    throw new ImsRequestException(ImsErrors.InvalidTag($"{item.Member("key")} '{key}' holds '=', which tag=key=value could not find."));
                }

                Add(tags, new ImageTag(key, value));
            }

            return tags.Count <= MaxTags
                ? tags
                : throw ImsErrors.Refuse("IMG.0116", $"{tags.Count} tags, at most {MaxTags}.");
        }

        private static void Check(string key, string value, string where)
        {
            if (key.Length is 0 or > 36 || value.Length > 43)
            {
                throw new ImsRequestException(ImsErrors.InvalidTag($"{where}: a key has 1 to 36 characters and a value at most 43."));
            }
        }

        private static void Add(List<ImageTag> tags, ImageTag tag)
        {
            var existing = tags.FindIndex(t => string.Equals(t.Key, tag.Key, StringComparison.Ordinal));
            if (existing < 0)
            {
                tags.Add(tag);
            }
            else
            {
                tags[existing] = tag;
            }
        }

        [GeneratedRegex(@"\A[A-Za-z0-9_-]*\z")]
        private static partial Regex TagTextPattern();
    }
}
