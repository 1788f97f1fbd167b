using System.Net;
using System.Text.Json;
using CloudImages.Emulator;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>What the emulator answers outside its operations: the gateway's 404 in the IMS error shape, with a
    /// request id; and which template a path takes when several fit.</summary>
    public sealed class RoutingTests
    {
        [Theory]
        [InlineData("GET", "/v2/nothing-here")]
        [InlineData("GET", "/v2/cloudimages/extra/segments/here")]
        [InlineData("DELETE", "/v2/cloudimages")]
        [InlineData("POST", "/v2/images/some-id/tags/some-tag")]
        public async Task An_unknown_path_or_method_is_404_in_the_IMS_error_shape(string method, string path)
        {
            await using var ims = await ImsEmulator.StartAsync(new() { Catalogue = { GeneratedImageCount = 0 } });
            using var http = new HttpClient { BaseAddress = ims.BaseAddress };

            using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/')));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.True(response.Headers.TryGetValues("X-Request-Id", out var ids) && ids.Single().Length == 32);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("APIG.0101", body.RootElement.GetProperty("error").GetProperty("code").GetString());
            Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("error").GetProperty("message").GetString()));
        }

        [Fact]
        public void The_template_with_more_fixed_segments_wins_and_path_values_are_percent_decoded()
        {
            var table = new RouteTable(new[]
            {
                Route.For("ById", "GET", "/v2/images/{image_id}", _ => ImsResponse.Empty(204)),
                Route.For("Schema", "GET", "/v2/schemas/{name}", _ => ImsResponse.Empty(204)),
                Route.For("Images", "GET", "/v2/schemas/images", _ => ImsResponse.Empty(204)),
            });

            Assert.Equal("Images", table.Find("GET", "/v2/schemas/images")!.Value.Route.Operation);
            Assert.Equal("Schema", table.Find("GET", "/v2/schemas/member")!.Value.Route.Operation);
            var byId = table.Find("get", "/v2/images/a%2Fb%20c/")!.Value;
            Assert.Equal("ById", byId.Route.Operation);
            Assert.Equal("a/b c", byId.Values["image_id"]);
            Assert.Null(table.Find("GET", "/v2/images//"));
            Assert.Null(table.Find("PUT", "/v2/images/x"));
        }

        [Fact]
        public void Two_routes_for_one_method_and_template_are_refused()
        {
            var twice = new[]
            {
                Route.For("A", "GET", "/v2/x/{id}", _ => ImsResponse.Empty(204)),
                Route.For("B", "GET", "/v2/x/{id}", _ => ImsResponse.Empty(204)),
            };

            Assert.Throws<InvalidOperationException>(() => new RouteTable(twice));
        }

        [Fact]
        public void Every_operation_of_the_specs_has_exactly_one_route()
        {
            var specs = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), "*.cloud-api.json");
            var documented = new List<(string Name, string Method, string Path)>();
            foreach (var file in specs)
            {
                using var spec = JsonDocument.Parse(File.ReadAllText(file));
                foreach (var operation in spec.RootElement.GetProperty("operations").EnumerateArray())
                {
                    documented.Add((operation.GetProperty("name").GetString()!, operation.GetProperty("method").GetString()!, operation.GetProperty("path").GetString()!));
                }
            }

            var routes = new RouteTable(ImsRoutes.All).Routes.Select(r => (r.Operation, r.Method, r.Template)).Order().ToList();
            Assert.Equal(41, documented.Count);
            Assert.Equal(documented.Order(), routes);
        }
    }
}
