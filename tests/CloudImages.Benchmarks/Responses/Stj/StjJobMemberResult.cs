using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>One result of a sharing job (entities.results).</summary>
    public sealed class StjJobMemberResult : StjObject
    {
        [JsonPropertyName("image_id")] public string? ImageId { get; set; }
        [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
    }
}
