using System.Net;
using System.Text;
using System.Text.Json;
using CloudImages.Runtime;

namespace CloudImages.Generators.Tests.Transport
{
    /// <summary>A body type, a result type and an operation as a generated client would have them.</summary>
    internal static class TransportFixture
    {
        public static readonly ApiOperation Operation = new(
            "CreateImage", ["X-Request-Id", "X-Openstack-Request-Id"], ["error.code", "error_code"], ["error.message", "error_msg"]);

        public static readonly ApiResponseReader<Created> CreatedReader = new(ReadCreated, null, null);

        public static readonly Uri ImagesUri = new("https://ims.example.test/v2/cloudimages/action");

        public static void WriteDraft(Utf8JsonWriter writer, Draft draft)
        {
            writer.WriteStartObject();
            writer.WriteString("name", draft.Name);
            writer.WriteNumber("min_disk", draft.MinDisk);
            writer.WriteEndObject();
        }

        public static string DraftJson(Draft draft) => $$"""{"name":"{{draft.Name}}","min_disk":{{draft.MinDisk}}}""";

        public static Created ReadCreated(ref Utf8JsonReader reader)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return new Created { Id = document.RootElement.GetProperty("id").GetString() };
        }

        public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK, string? requestId = null)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (requestId is not null)
            {
                response.Headers.Add("X-Request-Id", requestId);
            }

            return response;
        }

        public static HttpResponseMessage Redirect(HttpStatusCode status, string location)
        {
            var response = new HttpResponseMessage(status);
            response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
            return response;
        }

        internal sealed record Draft(string Name, int MinDisk);

        internal sealed class Created
        {
            public string? Id { get; set; }

            public long? Size { get; set; }

            public bool Empty { get; init; }
        }
    }
}
