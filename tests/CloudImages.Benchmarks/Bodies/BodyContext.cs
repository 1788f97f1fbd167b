using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Bodies
{
    /// <summary>System.Text.Json source generation over the same bodies, with the wire's names.</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CreateImageBody))]
    [JsonSerializable(typeof(IReadOnlyList<PatchOperation>))]
    [JsonSerializable(typeof(BatchTagsBody))]
    public sealed partial class BodyContext : JsonSerializerContext
    {
    }
}
