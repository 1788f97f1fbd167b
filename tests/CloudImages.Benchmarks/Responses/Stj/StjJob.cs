using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>GetJob's answer, the generated <c>Job</c>'s shape.</summary>
    public sealed class StjJob : StjJobStatus
    {
        [JsonPropertyName("entities")] public StjJobEntities? Entities { get; set; }
    }
}
