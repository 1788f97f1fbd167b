using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>One resource's quota: its type, what is used, the quota and its bounds.</summary>
    public sealed class StjQuotaResource : StjObject
    {
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("used")] public int? Used { get; set; }
        [JsonPropertyName("quota")] public int? Quota { get; set; }
        [JsonPropertyName("min")] public int? Min { get; set; }
        [JsonPropertyName("max")] public int? Max { get; set; }
    }
}
