using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace CloudImages.Emulator
{
    /// <summary>PUT and DELETE /v2/images/{image_id}/tags/{tag}: the OpenStack-native tags, which are tag keys with
    /// an empty value, of 1 to 255 letters, digits, '_' and '-' ("Image Tag Format"). Their pages set no limit on the
    /// number of tags.</summary>
    internal static partial class OpenStackTagEndpoints
    {
        public static Route Add { get; } = Route.For("OpenStackAddImageTag", "PUT", "/v2/images/{image_id}/tags/{tag}", AddTag);

        public static Route Delete { get; } = Route.For("OpenStackDeleteImageTag", "DELETE", "/v2/images/{image_id}/tags/{tag}", DeleteTag);

        private static ImsResponse AddTag(ImsCall call)
        {
            var tag = Checked(call["tag"]);
            return ImageTags.Change(
                call,
                call["image_id"],
                image => image.Tags.Any(t => string.Equals(t.Key, tag, StringComparison.Ordinal))
                    ? image.Tags
                    : image.Tags.Append(new ImageTag(tag, string.Empty)).ToArray(),
                openStack: true);
        }

        // The tag with that key goes, whatever its value; an absent one is a 404, as in Glance.
        private static ImsResponse DeleteTag(ImsCall call)
        {
            var tag = Checked(call["tag"]);
            return ImageTags.Change(call, call["image_id"], image => ImageTags.Without(image, tag), openStack: true);
        }

        private static string Checked(string tag) =>
            TagPattern().IsMatch(tag) ? tag : throw ImageTags.Invalid($"'{tag}' is not 1 to 255 letters, digits, '_' and '-'.");

        [GeneratedRegex(@"\A[A-Za-z0-9_-]{1,255}\z")]
        private static partial Regex TagPattern();
    }
}
