using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>One of a job's sub-jobs (sub_jobs_result), the generated <c>SubJob</c>'s shape.</summary>
    public sealed class StjSubJob : StjJobStatus
    {
        [JsonPropertyName("entities")] public StjSubJobEntities? Entities { get; set; }
    }
}
