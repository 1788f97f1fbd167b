using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>ListImageTags's answer: an image's tags.</summary>
    public sealed class StjImageTagList : StjObject
    {
        [JsonPropertyName("tags")] public List<StjResourceTag>? Tags { get; set; }
    }
}
