using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Bodies
{
    /// <summary>System.Text.Json source generation over the same body, with the wire's names.</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CreateImageBody))]
    public sealed partial class BodyContext : JsonSerializerContext
    {
    }
}
