using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Deserialization.Stj
{
    public sealed class StjListImagesResponse
    {
        [JsonPropertyName("images")] public List<StjImage>? Images { get; set; }

        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
