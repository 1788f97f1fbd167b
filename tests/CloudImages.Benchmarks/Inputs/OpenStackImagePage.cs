using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CloudImages.Benchmarks.Inputs
{
    /// <summary>A page of the native OpenStack image list (GET /v2/images): the images <see cref="ImagePage"/>
    /// builds, which have the fields of the page's example, inside the OpenStack envelope of schema, next and first
    /// links.</summary>
    public static class OpenStackImagePage
    {
        // As the service writes the links: '&' as itself, not \u0026.
        private static readonly JsonWriterOptions WriterOptions =
            new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static byte[] Write(IReadOnlyList<byte[]> images)
        {
            var limit = images.Count.ToString(CultureInfo.InvariantCulture);
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, WriterOptions))
            {
                w.WriteStartObject();
                w.WriteString("schema", "/v2/schemas/images");
                if (images.Count > 0)
                {
                    // The marker is the last image's id, as the service links the next page.
                    using var last = JsonDocument.Parse(images[^1]);
                    var marker = last.RootElement.GetProperty("id").GetString();
                    w.WriteString("next", $"/v2/images?marker={marker}&limit={limit}");
                }

                w.WriteStartArray("images");
                foreach (var image in images)
                {
                    w.WriteRawValue(image);
                }

                w.WriteEndArray();
                w.WriteString("first", $"/v2/images?limit={limit}");
                w.WriteEndObject();
            }

            return buffer.ToArray();
        }
    }
}
