using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace CloudImages.Emulator
{
    /// <summary>/v1/cloudimages/tags: PUT adds or modifies a tag of an image (given as <c>key.value</c> or as a key
    /// and a value); GET lists the tags of the images that match the criteria of "Querying Images".</summary>
    internal static partial class CloudImageTagEndpoints
    {
        public static Route Set { get; } = Route.For("SetImageTag", "PUT", "/v1/cloudimages/tags", SetTag);

        public static Route List { get; } = Route.For("ListTags", "GET", "/v1/cloudimages/tags", ListTags);

        private static ImsResponse SetTag(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            var id = body.RequiredString("image_id");
            var text = body.String("tag");
            var pair = body.Object("image_tag");
            if ((text is null) == (pair is null))
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest("give exactly one of tag (key.value) and image_tag (key and value)."));
            }

            var tag = text is not null ? Parse(text) : Trimmed(pair!.Value);
            return ImageTags.Change(call, id, image => ImageTags.With(image.Tags, new[] { tag }));
        }

        /// <summary>The format of <c>tag</c>: <c>key.value</c>, a key of 1 to 36 and a value of at most 43 letters,
        /// digits, '_' and '-'.</summary>
        private static ImageTag Parse(string text)
        {
            var match = KeyDotValue().Match(text);
            return match.Success
                ? new ImageTag(match.Groups["key"].Value, match.Groups["value"].Value)
                : throw ImageTags.Invalid($"tag '{text}' is not key.value of letters, digits, '_' and '-' (a key of 1 to 36, a value of at most 43).");
        }

        /// <summary>The format of <c>image_tag</c>: spaces that start or end the key and the value are removed.</summary>
        private static ImageTag Trimmed(JsonBody pair) =>
            ImageTags.Checked(pair.RequiredString("key").Trim(' '), pair.RequiredString("value").Trim(' '), "image_tag");

        // Filters, order and marker choose the images as "Querying Images" does; limit (images, 500 by default) and
        // page (from 1, as the page's example sends it) choose the page of them whose tags are listed, each once.
        private static ImsResponse ListTags(ImsCall call)
        {
            var request = ListRequestParser.Parse(call.Query);
            var page = call.Query.Integer("page", 1, int.MaxValue) ?? 1;
            var skipped = (long)(page - 1) * request.Limit;
            var tags = Paging.AfterMarker(call, request)
                .Skip((int)Math.Min(skipped, int.MaxValue))
                .Take(request.Limit)
                .SelectMany(i => i.Tags)
                .Select(TagJson.Text)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return ImsResponse.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("tags");
                tags.ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteEndObject();
            });
        }

        [GeneratedRegex(@"\A(?<key>[\p{L}\p{Nd}_-]{1,36})\.(?<value>[\p{L}\p{Nd}_-]{0,43})\z")]
        private static partial Regex KeyDotValue();
    }
}
