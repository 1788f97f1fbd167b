using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Deserialization.Stj
{
    /// <summary>System.Text.Json source generation over the hand-written DTOs.</summary>
    [JsonSerializable(typeof(StjListImagesResponse))]
    public sealed partial class StjContext : JsonSerializerContext
    {
    }
}
