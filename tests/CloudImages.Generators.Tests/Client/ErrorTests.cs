using System.Net;
using System.Text;
using CloudImages.Generators.Tests.Infrastructure;
using CloudImages.Ims;
using CloudImages.Runtime;
using Xunit;

namespace CloudImages.Generators.Tests.Client
{
    /// <summary>Every failure that reaches the service becomes an ApiException with status, IMS code and request id.</summary>
    public class ErrorTests
    {
        [Fact]
        public async Task The_documented_error_body_becomes_a_typed_exception()
        {
            var handler = new StubHandler(_ => StubHandler.Json(Fixtures.Text("error-400-img0024.json"), HttpStatusCode.BadRequest, "req-0024"));
            var client = new CloudImagesClient(handler.Client());

            #pragma warning disable CIMG0004 // an undocumented value, so the server answers IMG.0024
            var error = await Assert.ThrowsAsync<ApiException>(() => client.ListImagesAsync(new ListImagesQuery { ImageType = "golden" }));
            #pragma warning restore CIMG0004

            Assert.Equal(ApiFailureKind.ErrorStatus, error.Kind);
            Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
            Assert.Equal("IMG.0024", error.ErrorCode);
            Assert.Equal("The imagetype is invalid.", error.ErrorMessage);
            Assert.Equal("req-0024", error.RequestId);
            Assert.Equal("ListImages", error.OperationName);
            Assert.Contains("IMG.0024", error.Message, StringComparison.Ordinal);
            Assert.Contains("req-0024", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(HttpStatusCode.Unauthorized)]
        [InlineData(HttpStatusCode.Forbidden)]
        [InlineData(HttpStatusCode.NotFound)]
        [InlineData(HttpStatusCode.InternalServerError)]
        [InlineData(HttpStatusCode.ServiceUnavailable)]
        public async Task Every_documented_status_maps_to_the_exception(HttpStatusCode status)
        {
            var handler = new StubHandler(_ =>
            {
                var response = StubHandler.Json("""{"error":{"code":"IMG.0030","message":"no"}}""", status);
                response.Headers.Add("X-Openstack-Request-Id", "req-os");
                return response;
            });

            var error = await Assert.ThrowsAsync<ApiException>(() => new CloudImagesClient(handler.Client()).ListImagesAsync(new ListImagesQuery()));

            Assert.Equal(status, error.StatusCode);
            Assert.Equal("IMG.0030", error.ErrorCode);
            Assert.Equal("req-os", error.RequestId); // the second documented request id header
        }

        [Fact]
        public async Task The_api_gateway_error_shape_is_read_too()
        {
            var handler = new StubHandler(_ => StubHandler.Json(
                """{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information","request_id":"r"}""", HttpStatusCode.Unauthorized, "req-apig"));

            var error = await Assert.ThrowsAsync<ApiException>(() => new CloudImagesClient(handler.Client()).ListImagesAsync(new ListImagesQuery()));

            Assert.Equal(("APIG.0301", "Incorrect IAM authentication information"), (error.ErrorCode, error.ErrorMessage));
        }

        [Theory]
        [InlineData("<html><body>502 Bad Gateway</body></html>", "text/html")]
        [InlineData("", "application/json")]
        [InlineData("""{"code":"X","detail":"other shape"}""", "application/json")]
        public async Task Error_bodies_that_are_not_the_ims_shape_still_give_status_and_request_id(string body, string contentType)
        {
            var handler = new StubHandler(_ =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent(body, Encoding.UTF8, contentType) };
                response.Headers.Add("X-Request-Id", "req-502");
                return response;
            });

            var error = await Assert.ThrowsAsync<ApiException>(() => new CloudImagesClient(handler.Client()).ListImagesAsync(new ListImagesQuery()));

            Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
            Assert.Null(error.ErrorCode);
            Assert.Equal("req-502", error.RequestId);
            Assert.Equal(body, error.ResponseBody);
        }

        [Theory]
        [InlineData("<html>oops</html>")]
        [InlineData("")]
        [InlineData("{\"images\": [")]
        [InlineData("[1,2]")]
        public async Task A_2xx_body_that_is_not_the_documented_json_is_an_invalid_response(string body)
        {
            var handler = new StubHandler(_ => StubHandler.Json(body, HttpStatusCode.OK, "req-ok"));

            var error = await Assert.ThrowsAsync<ApiException>(() => new CloudImagesClient(handler.Client()).ListImagesAsync(new ListImagesQuery()));

            Assert.Equal(ApiFailureKind.InvalidResponse, error.Kind);
            Assert.Equal(HttpStatusCode.OK, error.StatusCode);
            Assert.Equal("req-ok", error.RequestId);
        }

        [Fact]
        public async Task A_body_over_the_limit_is_refused_without_reading_it_all()
        {
            var body = "{\"images\":[" + string.Join(",", Enumerable.Repeat("{\"id\":\"x\"}", 1000)) + "]}";
            var handler = new StubHandler(_ => StubHandler.Json(body));
            var client = new CloudImagesClient(handler.Client()) { MaxResponseBytes = 1024 };

            var error = await Assert.ThrowsAsync<ApiException>(() => client.ListImagesAsync(new ListImagesQuery()));

            Assert.Equal(ApiFailureKind.ResponseTooLarge, error.Kind);
        }

        [Fact]
        public async Task A_rule_violation_is_refused_before_anything_is_sent()
        {
            var handler = new StubHandler(_ => throw new InvalidOperationException("must not be called"));
            var client = new CloudImagesClient(handler.Client());

            #pragma warning disable CIMG0001, CIMG0003 // breaks two rules on purpose
            var error = await Assert.ThrowsAsync<ApiValidationException>(() => client.ListImagesAsync(new ListImagesQuery { MemberStatus = MemberStatus.Accepted, MinDisk = 0 }));
            #pragma warning restore CIMG0001, CIMG0003

            Assert.Empty(handler.Requests);
            Assert.Equal(["member-status-requires-shared", "min_disk-range"], error.Violations.Select(v => v.RuleId));
        }

        [Fact]
        public async Task The_base_address_path_is_kept_and_a_missing_base_address_is_explained()
        {
            var handler = new StubHandler(_ => StubHandler.Json("""{"images":[]}"""));

            await new CloudImagesClient(handler.Client("https://gateway.example.test/ims")).ListImagesAsync(new ListImagesQuery { Limit = 1 });
            Assert.Equal("https://gateway.example.test/ims/v2/cloudimages?limit=1", handler.Requests.Single().RequestUri!.AbsoluteUri);

            var noBase = new CloudImagesClient(new HttpClient(handler));
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => noBase.ListImagesAsync(new ListImagesQuery()));
            Assert.Contains("BaseAddress", error.Message, StringComparison.Ordinal);
        }
    }
}
