using System.Net;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>Token and AK/SK authentication, checked both ways: what should pass passes, and a tampered
    /// signature, query or date, a wrong key or a skewed clock gets 401.</summary>
    public sealed class AuthenticationTests : IAsyncLifetime
    {
        private ImsEmulator _ims = null!;

        public async Task InitializeAsync() => _ims = await ImsEmulator.StartAsync(Credentials.EmulatorOptions(images: 200));

        public async Task DisposeAsync() => await _ims.DisposeAsync();

        [Theory]
        [InlineData("token")]
        [InlineData("aksk")]
        public async Task Valid_credentials_are_served(string mode)
        {
            using var client = TestClient.Create(_ims.BaseAddress, Credentials.For(mode));

            var page = await client.Client.ListImagesAsync(new ListImagesQuery { Limit = 5, Visibility = Visibility.Public });

            Assert.Equal(5, page.Images!.Count);
        }

        [Fact]
        public async Task A_signature_without_a_project_id_is_valid_too()
        {
            var response = await SendSignedAsync(new AkSkCredentials(Credentials.AkSk.AccessKey, Credentials.AkSk.SecretKey));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public async Task No_credentials_is_a_401_with_code_and_request_id()
        {
            using var client = TestClient.Create(_ims.BaseAddress, Credentials.For("none"));

            var error = await Assert.ThrowsAsync<ApiException>(() => client.Client.ListImagesAsync(new ListImagesQuery()));

            Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
            Assert.Equal("APIG.0301", error.ErrorCode);
            Assert.Matches("^[0-9a-f]{32}$", error.RequestId);
        }

        [Fact]
        public async Task An_unknown_token_is_a_401()
        {
            using var client = TestClient.Create(_ims.BaseAddress, o => o.Token = "not-" + Credentials.Token);

            var error = await Assert.ThrowsAsync<ApiException>(() => client.Client.ListImagesAsync(new ListImagesQuery()));

            Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        }

        [Fact]
        public async Task A_wrong_secret_key_is_a_401()
        {
            var response = await SendSignedAsync(new AkSkCredentials(Credentials.AkSk.AccessKey, "wrong" + Credentials.AkSk.SecretKey));

            await AssertUnauthorizedAsync(response, "verify aksk signature fail");
        }

        [Fact]
        public async Task An_unknown_access_key_is_a_401()
        {
            var response = await SendSignedAsync(new AkSkCredentials("UNKNOWNACCESSKEY0000", Credentials.AkSk.SecretKey));

            await AssertUnauthorizedAsync(response, "ak not exist");
        }

        [Fact]
        public async Task A_tampered_signature_is_a_401()
        {
            var response = await SendSignedAsync(tamper: request =>
            {
                var header = request.Headers.GetValues("Authorization").Single();
                var last = header[^1];
                request.Headers.Remove("Authorization");
                request.Headers.TryAddWithoutValidation("Authorization", header[..^1] + (last == '0' ? '1' : '0'));
            });

            await AssertUnauthorizedAsync(response, "verify aksk signature fail");
        }

        [Fact]
        public async Task A_tampered_query_is_a_401()
        {
            var response = await SendSignedAsync(tamper: request =>
                request.RequestUri = new Uri(request.RequestUri!.ToString().Replace("limit=5", "limit=500", StringComparison.Ordinal)));

            await AssertUnauthorizedAsync(response, "verify aksk signature fail");
        }

        [Fact]
        public async Task A_tampered_date_is_a_401_even_within_the_allowed_skew()
        {
            var response = await SendSignedAsync(tamper: request =>
            {
                var signedAt = DateTimeOffset.ParseExact(request.Headers.GetValues("X-Sdk-Date").Single(), "yyyyMMdd'T'HHmmss'Z'", null, System.Globalization.DateTimeStyles.AssumeUniversal);
                request.Headers.Remove("X-Sdk-Date");
                request.Headers.TryAddWithoutValidation("X-Sdk-Date", signedAt.AddSeconds(1).UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'"));
            });

            await AssertUnauthorizedAsync(response, "verify aksk signature fail");
        }

        [Fact]
        public async Task An_unsigned_date_is_a_401()
        {
            var response = await SendSignedAsync(tamper: request =>
            {
                var header = request.Headers.GetValues("Authorization").Single().Replace("SignedHeaders=host;x-project-id;x-sdk-date", "SignedHeaders=host;x-project-id", StringComparison.Ordinal);
                request.Headers.Remove("Authorization");
                request.Headers.TryAddWithoutValidation("Authorization", header);
            });

            await AssertUnauthorizedAsync(response, "x-sdk-date");
        }

        [Theory]
        [InlineData(-20)]
        [InlineData(20)]
        public async Task A_date_too_far_from_the_server_clock_is_a_401(int minutes)
        {
            var response = await SendSignedAsync(clock: new OffsetClock(TimeSpan.FromMinutes(minutes)));

            await AssertUnauthorizedAsync(response, "from the server time");
        }

        [Fact]
        public async Task A_date_within_the_allowed_skew_is_served()
        {
            var response = await SendSignedAsync(clock: new OffsetClock(TimeSpan.FromMinutes(-10)));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public async Task The_emulator_checks_dates_against_its_own_clock()
        {
            var options = Credentials.EmulatorOptions(images: 10);
            options.TimeProvider = new OffsetClock(TimeSpan.FromHours(1));
            await using var ims = await ImsEmulator.StartAsync(options);
            using var client = TestClient.Create(ims.BaseAddress, Credentials.For("aksk"));

            var error = await Assert.ThrowsAsync<ApiException>(() => client.Client.ListImagesAsync(new ListImagesQuery()));

            Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
            Assert.Contains("X-Sdk-Date", error.ErrorMessage, StringComparison.Ordinal);
        }

        private static async Task AssertUnauthorizedAsync(HttpResponseMessage response, string reason)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("APIG.0301", body.RootElement.GetProperty("error").GetProperty("code").GetString());
            Assert.Contains(reason, body.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        /// <summary>Signs with <see cref="AkSkSigningHandler"/> on a plain HttpClient, then lets
        /// <paramref name="tamper"/> change the signed request on its way out.</summary>
        private async Task<HttpResponseMessage> SendSignedAsync(AkSkCredentials? credentials = null, Action<HttpRequestMessage>? tamper = null, TimeProvider? clock = null)
        {
            var signer = new AkSkSigningHandler(credentials ?? Credentials.AkSk, clock)
            {
                InnerHandler = new TamperingHandler(tamper ?? (_ => { })) { InnerHandler = new SocketsHttpHandler() },
            };
            using var http = new HttpClient(signer) { BaseAddress = _ims.BaseAddress };
            return await http.GetAsync("v2/cloudimages?visibility=public&limit=5");
        }

        private sealed class TamperingHandler(Action<HttpRequestMessage> tamper) : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                tamper(request);
                return base.SendAsync(request, cancellationToken);
            }
        }
    }
}
