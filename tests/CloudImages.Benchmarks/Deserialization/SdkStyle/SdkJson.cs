using System.Text;
using Newtonsoft.Json;

namespace CloudImages.Benchmarks.Deserialization.SdkStyle
{
    /// <summary>The official SDK's response path: the body decoded to a string, then JsonConvert with the settings
    /// it creates for every response.</summary>
    public static class SdkJson
    {
        public static SdkListImagesResponse Deserialize(byte[] body) =>
            JsonConvert.DeserializeObject<SdkListImagesResponse>(Encoding.UTF8.GetString(body), Settings()) ?? new SdkListImagesResponse();

        private static JsonSerializerSettings Settings() => new()
        {
            DateFormatHandling = DateFormatHandling.IsoDateFormat,
            DateTimeZoneHandling = DateTimeZoneHandling.Utc,
            DateParseHandling = DateParseHandling.DateTime,
        };
    }
}
