using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>GetImageQuota's answer.</summary>
    public sealed class StjQuotaResponse : StjObject
    {
        [JsonPropertyName("quotas")] public StjQuotas? Quotas { get; set; }
    }
}
