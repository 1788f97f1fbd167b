using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>System.Text.Json source generation over the hand-written DTOs of the other operations'
    /// answers.</summary>
    [JsonSerializable(typeof(StjJob))]
    [JsonSerializable(typeof(StjOpenStackImageList))]
    [JsonSerializable(typeof(StjImageTagList))]
    [JsonSerializable(typeof(StjQuotaResponse))]
    public sealed partial class StjResponseContext : JsonSerializerContext
    {
    }
}
