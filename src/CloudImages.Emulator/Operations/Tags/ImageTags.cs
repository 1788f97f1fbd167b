using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>What every tag operation shares: which image a caller may read or change the tags of, the IMS tag
    /// rules (key 1 to 36 characters, value at most 43, at most 10 tags an image), and writing the new tags.</summary>
    internal static class ImageTags
    {
        /// <summary>"An image can have a maximum of 10 tags."</summary>
        public const int MaxPerImage = 10;

        public const int MaxKeyLength = 36;

        public const int MaxValueLength = 43;

        /// <summary>Changes the tags of an image the caller owns, in one transaction, and answers 204.
        /// <paramref name="change"/> gives the image's new tags, or refuses. Only the owner changes tags (403 for a
        /// member of a shared image, or anyone else who sees it). Tags as they were change nothing.</summary>
        public static ImsResponse Change(ImsCall call, string imageId, Func<CatalogueImage, IReadOnlyList<ImageTag>> change, bool openStack = false)
        {
            var project = call.ProjectId;
            return call.Run(state =>
            {
                var image = ImageLookup.Owned(state, project, imageId, openStack);
                var tags = change(image);
                if (!tags.SequenceEqual(image.Tags))
                {
                    state.PutImage(image with { Tags = tags.ToArray(), UpdatedAt = state.Now });
                }

                return ImsResponse.Empty(204);
            });
        }

        /// <summary>A key and value by the rules of the IMS tag APIs; <paramref name="member"/> (the path of their
        /// object in the body) names them in a refusal. A key cannot hold '=': <c>tag=key=value</c> could not find it.</summary>
        public static ImageTag Checked(string key, string value, string member)
        {
            if (key.Length == 0 || key.Length > MaxKeyLength)
            {
                throw Invalid($"{member}.key '{key}' is not 1 to {MaxKeyLength} characters.");
            }

            if (key.Contains('=', StringComparison.Ordinal))
            {
                throw Invalid($"{member}.key '{key}' holds '='.");
            }

            return value.Length <= MaxValueLength ? new ImageTag(key, value) : throw Invalid($"{member}.value is longer than {MaxValueLength} characters.");
        }

        /// <summary><paramref name="tags"/> with each of <paramref name="set"/> added, or replacing the tag with its
        /// key in place. Refused with IMG.0116 when new keys take the image past <see cref="MaxPerImage"/>.</summary>
        public static IReadOnlyList<ImageTag> With(IReadOnlyList<ImageTag> tags, IEnumerable<ImageTag> set)
        {
            var result = tags.ToList();
            foreach (var tag in set)
            {
                var at = result.FindIndex(t => string.Equals(t.Key, tag.Key, StringComparison.Ordinal));
                if (at >= 0)
                {
                    result[at] = tag;
                }
                else
                {
                    result.Add(tag);
                }
            }

            // An image past the limit (OpenStack tags have none) may still change the values of its keys.
            return result.Count > MaxPerImage && result.Count > tags.Count
                ? throw ImsErrors.Refuse("IMG.0116", $"an image has at most {MaxPerImage} tags; this one would have {result.Count}.")
                : result;
        }

        /// <summary>The tags of <paramref name="image"/> but the one with <paramref name="key"/>, whatever its value;
        /// an absent key is a 404.</summary>
        public static IReadOnlyList<ImageTag> Without(CatalogueImage image, string key)
        {
            var kept = image.Tags.Where(t => !string.Equals(t.Key, key, StringComparison.Ordinal)).ToArray();
            return kept.Length < image.Tags.Count ? kept : throw NoSuchTag(image.Id, key);
        }

        /// <summary>The tag to delete is not there: the 404 the deletion pages document, with the tag code.</summary>
        private static ImsRequestException NoSuchTag(string imageId, string key) =>
            new(new ImsError(404, "IMG.0115", $"The image tag is invalid: image '{imageId}' has no tag '{key}'."));

        public static ImsRequestException Invalid(string detail) => new(ImsErrors.InvalidTag(detail));
    }
}
