using System.Net;
using System.Text;
using System.Text.Json;
using CloudImages.Emulator;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>Every operation that takes a body, sent bodies that are not what it documents: each is refused with a
    /// 4xx in the IMS error shape (an IMG code and a message), never a 500, and changes nothing.</summary>
    public sealed class MalformedBodyTests
    {
        private const string ImageId = "4e1c0a4b-6f5d-4c3b-9a8e-7d6c5b4a3f2e";

        public static TheoryData<string> Bodies => new()
        {
            "",
            "{",
            "[]",
            "null",
            "42",
            "\"text\"",
            "{\"unexpected\": true}",
            "{\"name\": 5, \"image_id\": [], \"images\": \"x\", \"projects\": {}, \"tags\": 1, \"tag\": [], \"action\": 3}",
            "[{\"op\": \"replace\"}]",
            "[{\"op\": 1, \"path\": {}, \"value\": []}]",
            new string('[', 200) + new string(']', 200),
            "{\"name\": \"\\ud800\"}",
        };

        [Theory]
        [MemberData(nameof(Bodies))]
        public async Task Every_operation_with_a_body_refuses_it_with_a_4xx_in_the_IMS_shape(string body)
        {
            await using var ims = await ImsEmulator.StartAsync(new() { Catalogue = { GeneratedImageCount = 0, Images = { new CatalogueImage { Id = ImageId, Name = "target" } } } });
            using var http = new HttpClient { BaseAddress = ims.BaseAddress };
            var before = JsonSerializer.Serialize(ims.Catalogue.Images.Select(i => (i.Id, i.Name, i.Status, i.Tags.Count)).ToList());
            var failures = new List<string>();

            foreach (var route in new RouteTable(ImsRoutes.All).Routes.Where(r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE" && !r.StreamsBody))
            {
                if (route.Operation == "OpenStackDeleteImage" && body.Length == 0)
                {
                    continue; // a valid request: its body is optional
                }

                var path = route.Template
                    .Replace("{project_id}", CatalogueOptions.DefaultProjectId, StringComparison.Ordinal)
                    .Replace("{image_id}", ImageId, StringComparison.Ordinal)
                    .Replace("{member_id}", "7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f", StringComparison.Ordinal)
                    .Replace("{tag}", "tag", StringComparison.Ordinal)
                    .Replace("{key}", "key", StringComparison.Ordinal);
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), path.TrimStart('/'))
                {
                    Content = new StringContent(body, Encoding.UTF8, route.Method == "PATCH" ? "application/openstack-images-v2.1-json-patch" : "application/json"),
                };
                using var response = await http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                if (status is >= 200 and < 300 && IsAcceptedWithoutBody(route, body))
                {
                    continue;
                }

                if (status is < 400 or >= 500 || !HasImsError(text))
                {
                    failures.Add($"{route.Method} {route.Template}: {status} {text}");
                }
            }

            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
            Assert.Equal(before, JsonSerializer.Serialize(ims.Catalogue.Images.Select(i => (i.Id, i.Name, i.Status, i.Tags.Count)).ToList()));
            Assert.Empty(ims.Jobs);
            Assert.Empty(ims.Members);
        }

        // Routes whose request has no body at all: what they are sent is ignored (the OpenStack tag and member deletions,
        // the tag addition; an empty JSON Patch changes nothing and answers the image).
        private static bool IsAcceptedWithoutBody(Route route, string body) =>
            route.Operation is "OpenStackAddImageTag" or "OpenStackDeleteImageTag" or "DeleteImageTag" or "OpenStackDeleteImageMember"
            || (route.Operation is "UpdateImage" or "OpenStackUpdateImage" && body == "[]");

        private static bool HasImsError(string text)
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                var error = document.RootElement.GetProperty("error");
                return error.GetProperty("code").GetString() is { } code
                    && (code.StartsWith("IMG.", StringComparison.Ordinal) || code.StartsWith("APIG.", StringComparison.Ordinal))
                    && !string.IsNullOrEmpty(error.GetProperty("message").GetString());
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return false;
            }
        }
    }
}
