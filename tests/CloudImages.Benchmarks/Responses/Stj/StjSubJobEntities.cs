using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>A sub-job's entities: the image it made.</summary>
    public sealed class StjSubJobEntities : StjObject
    {
        [JsonPropertyName("image_id")] public string? ImageId { get; set; }
        [JsonPropertyName("image_name")] public string? ImageName { get; set; }
    }
}
