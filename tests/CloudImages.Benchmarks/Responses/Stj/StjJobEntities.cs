using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>A job's entities: which fields come depends on the job type.</summary>
    public sealed class StjJobEntities : StjObject
    {
        [JsonPropertyName("image_id")] public string? ImageId { get; set; }
        [JsonPropertyName("image_name")] public string? ImageName { get; set; }
        [JsonPropertyName("results")] public List<StjJobMemberResult>? Results { get; set; }
        [JsonPropertyName("sub_jobs_result")] public List<StjSubJob>? SubJobResults { get; set; }
        [JsonPropertyName("sub_jobs_list")] public List<string>? SubJobIds { get; set; }
    }
}
