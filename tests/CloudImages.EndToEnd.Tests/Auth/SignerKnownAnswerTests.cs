using System.Security.Cryptography;
using System.Text;
using CloudImages.Runtime;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The signer against canonical requests written out by hand from the API gateway's documented
    /// algorithm; the expected signature is computed here with the BCL's SHA-256 and HMAC.</summary>
    public sealed class SignerKnownAnswerTests
    {
        private const string AccessKey = "AKIDEXAMPLE0000000000";
        private const string SecretKey = "sk-example/secret+key";
        private const string EmptyBodyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        private static readonly DateTimeOffset SignedAt = new(2024, 3, 1, 12, 34, 56, TimeSpan.Zero);

        [Fact]
        public void Query_pairs_are_decoded_sorted_by_name_then_value_and_encoded_as_RFC_3986()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://ims.eu-de.otc.t-systems.com/v2/cloudimages?name=a%20b%2F%C3%BC&__imagetype=gold&limit=10&name=Z&flag");
            const string canonical =
                "GET\n" +
                "/v2/cloudimages/\n" +
                "__imagetype=gold&flag=&limit=10&name=Z&name=a%20b%2F%C3%BC\n" +
                "host:ims.eu-de.otc.t-systems.com\n" +
                "x-sdk-date:20240301T123456Z\n" +
                "\n" +
                "host;x-sdk-date\n" +
                EmptyBodyHash;

            new ApiGatewaySigner(AccessKey, SecretKey).Sign(request, SignedAt, ReadOnlySpan<byte>.Empty);

            Assert.Equal("20240301T123456Z", Assert.Single(request.Headers.GetValues("X-Sdk-Date")));
            Assert.Equal("ims.eu-de.otc.t-systems.com", request.Headers.Host);
            Assert.Equal(
                $"SDK-HMAC-SHA256 Access={AccessKey}, SignedHeaders=host;x-sdk-date, Signature={ExpectedSignature(canonical, "20240301T123456Z")}",
                Assert.Single(request.Headers.GetValues("Authorization")));
        }

        [Fact]
        public void A_port_stays_in_the_host_and_the_project_header_is_signed()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:8080/v2/cloud%20images/?limit=1");
            request.Headers.TryAddWithoutValidation("X-Project-Id", " 0605767ab7000f312fa4c0019c3d2e31 ");
            const string canonical =
                "GET\n" +
                "/v2/cloud%20images/\n" +
                "limit=1\n" +
                "host:127.0.0.1:8080\n" +
                "x-project-id:0605767ab7000f312fa4c0019c3d2e31\n" +
                "x-sdk-date:20240301T123456Z\n" +
                "\n" +
                "host;x-project-id;x-sdk-date\n" +
                EmptyBodyHash;

            new ApiGatewaySigner(AccessKey, SecretKey).Sign(request, SignedAt, ReadOnlySpan<byte>.Empty);

            Assert.EndsWith(
                $"SignedHeaders=host;x-project-id;x-sdk-date, Signature={ExpectedSignature(canonical, "20240301T123456Z")}",
                Assert.Single(request.Headers.GetValues("Authorization")), StringComparison.Ordinal);
        }

        [Fact]
        public void A_body_is_hashed_into_the_canonical_request()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://example.com/v1/x");
            var body = Encoding.UTF8.GetBytes("{\"a\":1}");
            var canonical =
                "POST\n/v1/x/\n\nhost:example.com\nx-sdk-date:20240301T123456Z\n\nhost;x-sdk-date\n" +
                Convert.ToHexString(SHA256.HashData(body)).ToLowerInvariant();

            new ApiGatewaySigner(AccessKey, SecretKey).Sign(request, SignedAt, body);

            Assert.EndsWith("Signature=" + ExpectedSignature(canonical, "20240301T123456Z"), Assert.Single(request.Headers.GetValues("Authorization")), StringComparison.Ordinal);
        }

        [Fact]
        public async Task The_handler_signs_each_attempt_afresh()
        {
            var clock = new SteppingClock(SignedAt, TimeSpan.FromSeconds(90));
            var seen = new List<string>();
            using var invoker = new HttpMessageInvoker(new AkSkSigningHandler(new AkSkCredentials(AccessKey, SecretKey), clock)
            {
                InnerHandler = new RecordingHandler(r => seen.Add(r.Headers.GetValues("X-Sdk-Date").Single() + " " + r.Headers.GetValues("Authorization").Single())),
            });
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.com/v2/cloudimages");

            (await invoker.SendAsync(request, CancellationToken.None)).Dispose();
            (await invoker.SendAsync(request, CancellationToken.None)).Dispose();

            Assert.Equal(2, seen.Distinct().Count());
            Assert.StartsWith("20240301T123456Z ", seen[0], StringComparison.Ordinal);
            Assert.StartsWith("20240301T123626Z ", seen[1], StringComparison.Ordinal);
            Assert.Single(request.Headers.GetValues("Authorization"));
        }

        private static string ExpectedSignature(string canonicalRequest, string date)
        {
            var stringToSign = "SDK-HMAC-SHA256\n" + date + "\n" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))).ToLowerInvariant();
            return Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SecretKey), Encoding.UTF8.GetBytes(stringToSign))).ToLowerInvariant();
        }

        private sealed class SteppingClock(DateTimeOffset start, TimeSpan step) : TimeProvider
        {
            private DateTimeOffset _next = start;

            public override DateTimeOffset GetUtcNow()
            {
                var now = _next;
                _next += step;
                return now;
            }
        }

        private sealed class RecordingHandler(Action<HttpRequestMessage> record) : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                record(request);
                return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
            }
        }
    }
}
