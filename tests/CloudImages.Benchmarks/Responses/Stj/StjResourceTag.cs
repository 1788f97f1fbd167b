using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>One tag: a key and its value.</summary>
    public sealed class StjResourceTag : StjObject
    {
        [JsonPropertyName("key")] public string? Key { get; set; }
        [JsonPropertyName("value")] public string? Value { get; set; }
    }
}
