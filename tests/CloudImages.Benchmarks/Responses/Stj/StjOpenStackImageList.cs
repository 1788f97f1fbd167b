using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>A page of the native OpenStack image list.</summary>
    public sealed class StjOpenStackImageList : StjObject
    {
        [JsonPropertyName("first")] public string? First { get; set; }
        [JsonPropertyName("next")] public string? Next { get; set; }
        [JsonPropertyName("schema")] public string? Schema { get; set; }
        [JsonPropertyName("images")] public List<StjOpenStackImage>? Images { get; set; }
    }
}
