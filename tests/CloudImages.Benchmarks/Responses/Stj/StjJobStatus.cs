using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>What a job and each of its sub-jobs report alike, as a careful user writes it by hand: enum fields as
    /// strings (the spec's enums are open; sub-jobs send job types the page does not list), times as
    /// DateTimeOffset, unknown fields kept.</summary>
    public abstract class StjJobStatus : StjObject
    {
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("job_id")] public string? JobId { get; set; }
        [JsonPropertyName("job_type")] public string? JobType { get; set; }
        [JsonPropertyName("begin_time")] public DateTimeOffset? BeginTime { get; set; }
        [JsonPropertyName("end_time")] public DateTimeOffset? EndTime { get; set; }
        [JsonPropertyName("error_code")] public string? ErrorCode { get; set; }
        [JsonPropertyName("fail_reason")] public string? FailReason { get; set; }
    }
}
