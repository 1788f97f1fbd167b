using CloudImages.Ims;

namespace CloudImages.Benchmarks.Bodies
{
    /// <summary>BatchUpdateImageTags's body, the page's example: three tags (one with an empty value) and the action,
    /// as a hand-written DTO for System.Text.Json and as the generated request.</summary>
    public sealed class BatchTagsBody
    {
        public required IReadOnlyList<ImageTag> Tags { get; init; }

        public required string Action { get; init; }

        public static BatchTagsBody Sample { get; } = new()
        {
            Tags =
            [
                new ImageTag { Key = "key1", Value = "value1" },
                new ImageTag { Key = "key2", Value = "value2" },
                new ImageTag { Key = "key3", Value = "" },
            ],
            Action = "create",
        };

        /// <summary>The generated request; its body writer writes only the body members, not the path's.</summary>
        public static BatchUpdateImageTagsRequest Generated { get; } = new()
        {
            ProjectId = "fd73a4a14a4a4dfb9771a8475e5198ea",
            ImageId = "67e17426-359e-49fb-aa12-0bd1756ec240",
            Tags =
            [
                new BatchImageTag { Key = "key1", Value = "value1" },
                new BatchImageTag { Key = "key2", Value = "value2" },
                new BatchImageTag { Key = "key3", Value = "" },
            ],
            Action = BatchTagAction.Create,
        };
    }
}
