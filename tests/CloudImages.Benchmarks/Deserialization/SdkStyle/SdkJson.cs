using System.Reflection;
using System.Text;
using CloudImages.Benchmarks.Query;
using Newtonsoft.Json;

namespace CloudImages.Benchmarks.Deserialization.SdkStyle
{
    /// <summary>The official SDK's response path (huaweicloud/huaweicloud-sdk-net-v3, Core/Utils/JsonUtils.cs
    /// DeSerialize and Core/Utils/HttpUtils.cs): the body copied out of the response content
    /// (<c>ReadAsByteArrayAsync().Result</c>), decoded to a string, read by JsonConvert with settings created for every
    /// response, then the status, headers and body text set on the response, and its header properties found by
    /// reflection.</summary>
    public static class SdkJson
    {
        public static SdkListImagesResponse Deserialize(HttpResponseMessage message)
        {
            ArgumentNullException.ThrowIfNull(message);
            var body = Encoding.UTF8.GetString(message.Content.ReadAsByteArrayAsync().Result);
            var response = JsonConvert.DeserializeObject<SdkListImagesResponse>(body, Settings()) ?? new SdkListImagesResponse();

            // HttpUtils.SetAdditionalAttrs.
            response.HttpStatusCode = (int)message.StatusCode;
            response.HttpHeaders = message.Headers.ToString();
            response.HttpBody = body;
            SetResponseHeaders(message, response);
            return response;
        }

        /// <summary>A response as the SDK's HttpClient hands it over: the body already buffered in its content, so
        /// that what is measured is the SDK's own copy, not the network read every client makes.</summary>
        public static HttpResponseMessage Buffered(byte[] body)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            content.LoadIntoBufferAsync().GetAwaiter().GetResult();
            var message = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content };
            message.Headers.Add("X-Request-Id", "0a1b2c3d4e5f");
            return message;
        }

        // JsonUtils.GetJsonSettings: a new instance per call.
        private static JsonSerializerSettings Settings() => new()
        {
            DateFormatHandling = DateFormatHandling.IsoDateFormat,
            DateTimeZoneHandling = DateTimeZoneHandling.Utc,
            DateParseHandling = DateParseHandling.DateTime,
        };

        // HttpUtils.SetResponseHeaders: every property's attributes, on every response.
        private static void SetResponseHeaders(HttpResponseMessage message, SdkListImagesResponse response)
        {
            foreach (var property in response.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                var header = property.GetCustomAttributes(typeof(SdkPropertyAttribute), true).OfType<SdkPropertyAttribute>()
                    .LastOrDefault(a => a.IsHeader)?.PropertyName;
                if (!string.IsNullOrEmpty(header) && message.Headers.TryGetValues(header, out var values))
                {
                    property.SetValue(response, values.First());
                }
            }
        }
    }
}
