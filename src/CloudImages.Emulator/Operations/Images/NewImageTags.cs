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
        public static IReadOnlyList<ImageTag> Read(JsonBody body)
        {
            var texts = body.Strings("tags");
            var objects = body.Objects("image_tags");
            if (texts is not null && objects is not null)
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest($"use either {body.Member("tags")} or {body.Member("image_tags")}, not both."));
            }

            var tags = new List<ImageTag>();
            for (var i = 0; i < texts?.Count; i++)
            {
                var text = texts[i];
                var dot = text.IndexOf('.', StringComparison.Ordinal);
                var (key, value) = dot < 0 ? (text, string.Empty) : (text[..dot], text[(dot + 1)..]);
                var member = $"{body.Member("tags")}[{i}]";
                tags.Add(ImageTags.Checked(key, value, member));
                if (!TagTextPattern().IsMatch(key) || !TagTextPattern().IsMatch(value))
                {
                    throw new ImsRequestException(ImsErrors.InvalidTag($"{member} '{text}' is not key.value of letters, digits, _, -."));
                }
            }

            foreach (var item in objects ?? Array.Empty<JsonBody>())
            {
                // Spaces around a key or value are dropped, as the page says.
                tags.Add(ImageTags.Checked(item.RequiredString("key").Trim(), item.RequiredString("value").Trim(), item.Path));
            }

            // A key given twice keeps its last value; more than 10 is IMG.0116.
            return ImageTags.With(Array.Empty<ImageTag>(), tags);
        }

        [GeneratedRegex(@"\A[A-Za-z0-9_-]*\z")]
        private static partial Regex TagTextPattern();
    }
}
