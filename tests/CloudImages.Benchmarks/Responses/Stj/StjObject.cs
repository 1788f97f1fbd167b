using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>Every DTO here keeps the fields it does not know, as the generated types do (AdditionalProperties):
    /// the same work on both sides.</summary>
    public abstract class StjObject
    {
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
