using System.Collections.Generic;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>An image as the OpenStack-native API writes it: the fields of "Querying Images", tags as
    /// <c>key=value</c> (a tag without a value as its key alone), and the extension attributes.</summary>
    internal static class OpenStackImageJson
    {
        public static void Write(Utf8JsonWriter writer, CatalogueImage image) => ImageJson.Write(writer, image, TagText);

        /// <summary>An answer of one image.</summary>
        public static ImsResponse Image(int status, CatalogueImage image) => ImsResponse.Json(status, w => Write(w, image));

        /// <summary>A page of the image list, with its <c>first</c> and, unless it is the last page, <c>next</c> links.</summary>
        public static ImsResponse List(IEnumerable<CatalogueImage> images, string first, string? next) => ImsResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", "/v2/schemas/images");
            if (next is not null)
            {
                w.WriteString("next", next);
            }

            w.WriteStartArray("images");
            foreach (var image in images)
            {
                Write(w, image);
            }

            w.WriteEndArray();
            w.WriteString("first", first);
            w.WriteEndObject();
        });

        public static string TagText(ImageTag tag) => tag.Value.Length == 0 ? tag.Key : tag.Key + "=" + tag.Value;
    }
}
