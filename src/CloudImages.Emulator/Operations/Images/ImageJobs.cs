using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>The job types of the image operations and the <c>entities</c> their jobs show.</summary>
    internal static class ImageJobs
    {
        public const string Register = "imsNativeImportImageJob";

        public const string Export = "imsNativeExportImageJob";

        public const string CopyInRegion = "imsCopyImageInRegionJob";

        /// <summary><c>{"image_id": ...}</c>: what the job page shows for these three job types.</summary>
        public static string Entities(string imageId)
        {
            var buffer = new ArrayBufferWriter<byte>(64);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("image_id", imageId);
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        /// <summary>The image an entities object names, or null.</summary>
        public static string? ImageIdOf(ImsJob job)
        {
            using var entities = JsonDocument.Parse(job.EntitiesJson);
            return entities.RootElement.TryGetProperty("image_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
    }
}
