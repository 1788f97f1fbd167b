using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace CloudImages.Emulator
{
    /// <summary>PUT and DELETE /v2/images/{image_id}/tags/{tag}: the OpenStack-native tags, which are tag keys with
    /// an empty value.</summary>
    internal static partial class OpenStackTagEndpoints
    {
        public static Route Add { get; } = Route.For("OpenStackAddImageTag", "PUT", "/v2/images/{image_id}/tags/{tag}", AddTag);

        private static ImsResponse AddTag(ImsCall call)
        {
            var tag = call["tag"];
            if (!TagPattern().IsMatch(tag))
            {
                throw new ImsRequestException(ImsErrors.InvalidTag($"'{tag}' holds a character other than letters, digits, '_' and '-'."));
            }

            var project = call.ProjectId;
            var id = call["image_id"];
            return call.Run(state =>
            {
                var image = state.FindImageSeenBy(project, id) ?? throw new ImsRequestException(ImsErrors.ImageNotFound(id));
                if (!state.Owns(project, image))
                {
                    throw new ImsRequestException(ImsErrors.Forbidden);
                }

                if (!image.Tags.Any(t => string.Equals(t.Key, tag, StringComparison.Ordinal)))
                {
                    state.PutImage(image with { Tags = image.Tags.Append(new ImageTag(tag, string.Empty)).ToArray(), UpdatedAt = state.Now });
                }

                return ImsResponse.Empty(204);
            });
        }

        [GeneratedRegex(@"\A[A-Za-z0-9_-]+\z")]
        private static partial Regex TagPattern();
    }
}
