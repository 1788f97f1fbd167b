using System.Text.Json;

namespace CloudImages.Benchmarks.Bodies
{
    /// <summary>A small request body, shaped as IMS's create-image body: a few strings, a number and two tags.</summary>
    public sealed class CreateImageBody
    {
        public required string Name { get; init; }

        public string? Description { get; init; }

        public required string InstanceId { get; init; }

        public int? MinDisk { get; init; }

        public IReadOnlyList<ImageTag>? ImageTags { get; init; }

        public static CreateImageBody Sample { get; } = new()
        {
            Name = "ubuntu-22.04-golden",
            Description = "Hardened base image, built nightly",
            InstanceId = "877a2cda-ba63-4e1e-b95f-e67e48b6129a",
            MinDisk = 40,
            ImageTags = [new ImageTag { Key = "team", Value = "platform" }, new ImageTag { Key = "stage", Value = "prod" }],
        };

        /// <summary>What a generated body writer writes: the documented members by wire name, absent ones left out.</summary>
        public static void Write(Utf8JsonWriter writer, CreateImageBody body)
        {
            writer.WriteStartObject();
            writer.WriteString("name"u8, body.Name);
            if (body.Description is not null)
            {
                writer.WriteString("description"u8, body.Description);
            }

            writer.WriteString("instance_id"u8, body.InstanceId);
            if (body.MinDisk is { } minDisk)
            {
                writer.WriteNumber("min_disk"u8, minDisk);
            }

            if (body.ImageTags is not null)
            {
                writer.WriteStartArray("image_tags"u8);
                foreach (var tag in body.ImageTags)
                {
                    writer.WriteStartObject();
                    writer.WriteString("key"u8, tag.Key);
                    writer.WriteString("value"u8, tag.Value);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }
    }

    public sealed class ImageTag
    {
        public required string Key { get; init; }

        public required string Value { get; init; }
    }
}
