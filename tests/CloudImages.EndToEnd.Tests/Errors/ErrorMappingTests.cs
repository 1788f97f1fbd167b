using System.Net;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>Every error status of the operation reaches the caller as an <see cref="ApiException"/> with the
    /// status, the code from the body, and the request id from X-Request-Id.</summary>
    public sealed class ErrorMappingTests : IAsyncLifetime
    {
        private ImsEmulator _ims = null!;
        private TestClient _client = null!;

        public static TheoryData<string, string> InvalidQueries => new()
        {
            { "__imagetype=bogus", "IMG.0024" },
            { "marker=no-such-image", "IMG.0027" },
            { "min_disk=2048", "IMG.0055" },
            { "min_ram=-1", "IMG.0055" },
            { "disk_format=vmdk", "IMG.0072" },
            { "container_format=ovf", "IMG.0072" },
            { "tag=no-equals-sign", "IMG.0115" },
            { "__os_type=Solaris", "IMG.0122" },
            { "enterprise_project_id=not-a-uuid", "IMG.0155" },
            { "member_status=accepted", "IMG.0001" },
            { "member_status=accepted&visibility=private", "IMG.0001" },
            { "visibility=everyone", "IMG.0001" },
            { "status=broken", "IMG.0001" },
            { "__platform=Solaris", "IMG.0001" },
            { "__os_bit=16", "IMG.0001" },
            { "protected=yes", "IMG.0001" },
            { "__support_kvm=1", "IMG.0001" },
            { "__support_kvm_gpu_type=K80", "IMG.0001" },
            { "__support_xen_gpu_type=M60_vGPU&__support_kvm=true", "IMG.0001" },
            { "__support_kvm_gpu_type=V100&__support_xen=true", "IMG.0001" },
            { "__support_xen_hana=true&__support_xen=true", "IMG.0001" },
            { "__support_kvm_infiniband=true&__support_xen=true", "IMG.0001" },
            { "virtual_env_type=Docker", "IMG.0001" },
            { "created_at=yesterday", "IMG.0001" },
            { "created_at=after:2018-10-28T10:00:00Z", "IMG.0001" },
            { "updated_at=lt:2018-10-28", "IMG.0001" },
            { "limit=0", "IMG.0001" },
            { "limit=ten", "IMG.0001" },
            { "sort_key=owner", "IMG.0001" },
            { "sort_dir=up", "IMG.0001" },
            { "name=a&name=b", "IMG.0001" },
        };

        public static TheoryData<HttpStatusCode, string> FaultStatuses => new()
        {
            { HttpStatusCode.Unauthorized, "APIG.0301" },
            { HttpStatusCode.Forbidden, "IMG.0026" },
            { HttpStatusCode.NotFound, "APIG.0101" },
            { HttpStatusCode.TooManyRequests, "APIG.0308" },
            { HttpStatusCode.InternalServerError, "IMG.0061" },
            { HttpStatusCode.ServiceUnavailable, "APIG.0202" },
        };

        public async Task InitializeAsync()
        {
            _ims = await ImsEmulator.StartAsync(new() { Catalogue = { GeneratedImageCount = 100 } });
            _client = TestClient.Create(_ims.BaseAddress, retries: false);
            _client.Client.ValidateQueries = false;
        }

        public async Task DisposeAsync()
        {
            _client.Dispose();
            await _ims.DisposeAsync();
        }

        [Theory]
        [MemberData(nameof(InvalidQueries))]
        public async Task An_invalid_value_is_a_400_with_its_documented_code(string query, string code)
        {
            using var http = new HttpClient { BaseAddress = _ims.BaseAddress };

            using var response = await http.GetAsync("v2/cloudimages?" + query);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(code, body.RootElement.GetProperty("error").GetProperty("code").GetString());
            Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("error").GetProperty("message").GetString()));
            Assert.Matches("^[0-9a-f]{32}$", Assert.Single(response.Headers.GetValues("X-Request-Id")));
        }

        [Fact]
        public async Task A_400_from_the_service_is_a_typed_exception_with_code_and_request_id()
        {
            #pragma warning disable CIMG0004 // an undocumented value, so the service answers IMG.0024
            var error = await Assert.ThrowsAsync<ApiException>(() => _client.Client.ListImagesAsync(new ListImagesQuery { ImageType = "bogus" }));
            #pragma warning restore CIMG0004

            Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
            Assert.Equal(ApiFailureKind.ErrorStatus, error.Kind);
            Assert.Equal("IMG.0024", error.ErrorCode);
            Assert.StartsWith("The image type in the request is incorrect", error.ErrorMessage, StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{32}$", error.RequestId);
        }

        [Theory]
        [MemberData(nameof(FaultStatuses))]
        public async Task Each_documented_error_status_is_a_typed_exception_with_code_and_request_id(HttpStatusCode status, string code)
        {
            _ims.Faults.Enqueue(ImsFault.Status(status));

            var error = await Assert.ThrowsAsync<ApiException>(() => _client.Client.ListImagesAsync(new ListImagesQuery()));

            Assert.Equal(status, error.StatusCode);
            Assert.Equal(code, error.ErrorCode);
            Assert.NotNull(error.ErrorMessage);
            Assert.Matches("^[0-9a-f]{32}$", error.RequestId);
        }

        [Fact]
        public async Task A_wrong_base_path_is_a_404_from_the_gateway()
        {
            using var client = TestClient.Create(new Uri(_ims.BaseAddress, "no-such-prefix/"), retries: false);

            var error = await Assert.ThrowsAsync<ApiException>(() => client.Client.ListImagesAsync(new ListImagesQuery()));

            Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
            Assert.Equal("APIG.0101", error.ErrorCode);
            Assert.NotNull(error.RequestId);
        }

        [Fact]
        public async Task A_rule_violation_is_refused_before_anything_is_sent()
        {
            _client.Client.ValidateQueries = true;
            var before = _ims.RequestCount;

            #pragma warning disable CIMG0001 // breaks the rule on purpose
            var error = await Assert.ThrowsAsync<ApiValidationException>(() => _client.Client.ListImagesAsync(new ListImagesQuery { MemberStatus = MemberStatus.Accepted }));
            #pragma warning restore CIMG0001

            Assert.Contains(error.Violations, v => v.RuleId == "member-status-requires-shared");
            Assert.Equal(before, _ims.RequestCount);
        }
    }
}
