using Newtonsoft.Json;

namespace CloudImages.Benchmarks.Deserialization.SdkStyle
{
    public sealed class SdkListImagesResponse
    {
        [JsonProperty("images", NullValueHandling = NullValueHandling.Ignore)] public List<SdkImageInfo>? Images { get; set; }
    }
}
