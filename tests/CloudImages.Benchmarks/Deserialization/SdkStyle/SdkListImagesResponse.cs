using CloudImages.Benchmarks.Query;
using Newtonsoft.Json;

namespace CloudImages.Benchmarks.Deserialization.SdkStyle
{
    /// <summary>The official SDK's response (huaweicloud/huaweicloud-sdk-net-v3, Services/Ims/V2/Model/ListImagesResponse.cs
    /// and PageInfo.cs) on its base class (Core/SdkResponse.cs), which keeps the status, the headers and the whole body
    /// as text.</summary>
    public sealed class SdkListImagesResponse
    {
        [JsonProperty("images", NullValueHandling = NullValueHandling.Ignore)] public List<SdkImageInfo>? Images { get; set; }

        [JsonProperty("page_info", NullValueHandling = NullValueHandling.Ignore)] public SdkPageInfo? PageInfo { get; set; }

        [JsonIgnore] public string? HttpBody { get; set; }

        [JsonIgnore] public int? HttpStatusCode { get; set; }

        [JsonIgnore] public string? HttpHeaders { get; set; }

        // Only to give the SDK's header pass (HttpUtils.SetResponseHeaders) the attribute lookups it makes on every response.
        [JsonIgnore] [SdkProperty("X-Request-Id", IsHeader = true)] public string? XRequestId { get; set; }
    }

    public sealed class SdkPageInfo
    {
        [JsonProperty("next_marker", NullValueHandling = NullValueHandling.Ignore)] public string? NextMarker { get; set; }
    }
}
