using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>The quotas: one entry per resource.</summary>
    public sealed class StjQuotas : StjObject
    {
        [JsonPropertyName("resources")] public List<StjQuotaResource>? Resources { get; set; }
    }
}
