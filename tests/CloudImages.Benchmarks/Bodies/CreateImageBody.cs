using CloudImages.Ims;

namespace CloudImages.Benchmarks.Bodies
{
    /// <summary>IMS's create-image body with a few strings, a number and two tags, as a hand-written DTO for
    /// System.Text.Json and as the generated request.</summary>
    public sealed class CreateImageBody
    {
        public required string Name { get; init; }

        public string? Description { get; init; }

        public required string InstanceId { get; init; }

        // In the order the generated writer writes them, so that both send the same bytes.
        public IReadOnlyList<ImageTag>? ImageTags { get; init; }

        public int? MinDisk { get; init; }

        public static CreateImageBody Sample { get; } = new()
        {
            Name = "ubuntu-22.04-golden",
            Description = "Hardened base image, built nightly",
            InstanceId = "877a2cda-ba63-4e1e-b95f-e67e48b6129a",
            MinDisk = 40,
            ImageTags = [new ImageTag { Key = "team", Value = "platform" }, new ImageTag { Key = "stage", Value = "prod" }],
        };

        /// <summary>The same body as the generated request, which the client writes with
        /// <see cref="CloudImagesJson.WriteCreateImageRequest"/>.</summary>
        public static CreateImageRequest Generated { get; } = new()
        {
            Name = Sample.Name,
            Description = Sample.Description,
            InstanceId = Sample.InstanceId,
            MinDisk = Sample.MinDisk,
            ImageTags = [.. Sample.ImageTags!.Select(t => new NewImageTag { Key = t.Key, Value = t.Value })],
        };
    }

    public sealed class ImageTag
    {
        public required string Key { get; init; }

        public required string Value { get; init; }
    }
}
