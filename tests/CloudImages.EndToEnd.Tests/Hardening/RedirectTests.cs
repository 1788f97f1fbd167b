extern alias sample;

using System.Globalization;
using System.Net;
using CloudImages.Ims;
using CloudImages.Runtime;
using SampleApp = sample::CloudImages.Sample.SampleApp;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>Credentials never leave the endpoint's origin. 127.0.0.1 redirects; a second listener, on 127.0.0.2 or
    /// on another port, records what reaches it. Every way of building the client is tried: directly over either primary
    /// handler .NET offers (both follow redirects by default), through AddCloudImagesClient, and the sample.</summary>
    public sealed class RedirectTests
    {
        private static readonly string[] CredentialHeaders = ["X-Auth-Token", "Authorization", "X-Project-Id", "X-Sdk-Date"];
        private static readonly int[] RedirectStatuses = [301, 302, 303, 307, 308];
        private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(20);

        public static TheoryData<string, int, string> PathsStatusesAndCredentials()
        {
            var data = new TheoryData<string, int, string>();
            foreach (var path in ClientPaths.All)
            {
                foreach (var status in RedirectStatuses)
                {
                    data.Add(path, status, "token");
                    data.Add(path, status, "aksk");
                }
            }

            return data;
        }

        public static TheoryData<string> Paths() => new(ClientPaths.All);

        [Theory]
        [MemberData(nameof(PathsStatusesAndCredentials))]
        public async Task A_redirect_to_another_host_is_refused_and_no_credential_reaches_it(string path, int status, string credentials)
        {
            await using var elsewhere = RawServer.Start("127.0.0.2", RawServer.Json("""{"images": []}"""));
            var target = new Uri(elsewhere.BaseAddress, "v2/cloudimages");
            await using var origin = RawServer.Start("127.0.0.1", Redirect(status, target.AbsoluteUri));
            using var client = ClientPaths.Create(path, origin.BaseAddress, credentials, retries: true);

            var error = await Record.ExceptionAsync(() => Call(client));

            AssertRefused(error, (HttpStatusCode)status, target);
            AssertCarriesCredentials(Assert.Single(origin.Requests), credentials);
            AssertNoCredentials(elsewhere.Requests);
            Assert.Empty(elsewhere.Requests);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task A_redirect_to_another_port_is_refused(string path)
        {
            await using var elsewhere = RawServer.Start("127.0.0.1", RawServer.Json("""{"images": []}"""));
            var target = new Uri(elsewhere.BaseAddress, "v2/cloudimages");
            await using var origin = RawServer.Start("127.0.0.1", Redirect(307, target.AbsoluteUri));
            using var client = ClientPaths.Create(path, origin.BaseAddress, "token");

            var error = await Record.ExceptionAsync(() => Call(client));

            AssertRefused(error, HttpStatusCode.TemporaryRedirect, target);
            Assert.Single(origin.Requests);
            Assert.Empty(elsewhere.Requests);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task A_redirect_to_another_scheme_is_refused(string path)
        {
            // Same host and port over TLS: the handlers would follow an upgrade to https.
            Uri? target = null;
            await using var origin = RawServer.Start("127.0.0.1", (request, stream, token) => Redirect(302, target!.AbsoluteUri)(request, stream, token));
            target = new UriBuilder(origin.BaseAddress) { Scheme = "https", Path = "v2/cloudimages" }.Uri;
            using var client = ClientPaths.Create(path, origin.BaseAddress, "token");

            var error = await Record.ExceptionAsync(() => Call(client));

            AssertRefused(error, HttpStatusCode.Found, target);
            Assert.Single(origin.Requests);
        }

        [Theory]
        [MemberData(nameof(PathsStatusesAndCredentials))]
        public async Task A_redirect_within_the_origin_is_followed_and_authenticated_afresh(string path, int status, string credentials)
        {
            await using var origin = RawServer.Start("127.0.0.1", (request, stream, token) => request.Target.StartsWith("/moved/", StringComparison.Ordinal)
                ? RawServer.Json("""{"images": [{"id": "a"}]}""")(request, stream, token)
                : Redirect(status, "/moved" + request.Target)(request, stream, token));
            using var client = ClientPaths.Create(path, origin.BaseAddress, credentials, retries: true);

            var page = await Call(client);

            Assert.Equal(["a"], page.Images!.Select(i => i.Id));
            Assert.Equal(2, origin.Requests.Count);
            var followed = origin.Requests.Last();
            Assert.Equal(("GET", "/moved/v2/cloudimages"), (followed.Method, followed.Target));
            AssertCarriesCredentials(followed, credentials);
            if (credentials == "aksk")
            {
                // Signed for the path it went to, not for the first one.
                Assert.Equal(SignatureFor(new Uri(origin.BaseAddress, followed.Target), followed.Header("X-Sdk-Date")!), followed.Header("Authorization"));
            }
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task A_redirect_loop_within_the_origin_ends_after_five_redirects(string path)
        {
            var hops = 0;
            await using var origin = RawServer.Start("127.0.0.1", (request, stream, token) =>
                Redirect(302, $"/loop/{Interlocked.Increment(ref hops)}")(request, stream, token));
            using var client = ClientPaths.Create(path, origin.BaseAddress, "token");

            var error = await Record.ExceptionAsync(() => Call(client));

            AssertRefused(error, HttpStatusCode.Found, new Uri(origin.BaseAddress, "/loop/6"));
            Assert.Contains("5 redirects were followed already", error!.Message, StringComparison.Ordinal);
            Assert.Equal(6, origin.Requests.Count);
        }

        [Theory]
        [InlineData(ClientPaths.DirectSockets)]
        [InlineData(ClientPaths.DirectHandler)]
        public async Task The_answer_from_another_host_is_refused_when_a_handler_without_credentials_followed_the_redirect(string path)
        {
            // Nothing of the client's is in this handler chain to stop the primary handler: it follows, carrying no
            // credential, and what it brings back is not taken for the service's answer.
            await using var elsewhere = RawServer.Start("127.0.0.2", RawServer.Json("""{"images": [{"id": "not-ims"}]}"""));
            var target = new Uri(elsewhere.BaseAddress, "v2/cloudimages");
            await using var origin = RawServer.Start("127.0.0.1", Redirect(302, target.AbsoluteUri));
            using var client = ClientPaths.Create(path, origin.BaseAddress);

            var error = await Record.ExceptionAsync(() => Call(client));

            AssertRefused(error, HttpStatusCode.OK, target);
            Assert.Contains("set AllowAutoRedirect = false", error!.Message, StringComparison.Ordinal);
            Assert.Single(elsewhere.Requests);
        }

        [Theory]
        [InlineData("token")]
        [InlineData("aksk")]
        public async Task A_primary_handler_that_already_sent_with_redirects_on_gets_no_credential(string credentials)
        {
            await using var origin = RawServer.Start("127.0.0.1", RawServer.Json("""{"images": []}"""));
            using var shared = new SocketsHttpHandler();
            using (var plain = new HttpClient(shared, disposeHandler: false))
            {
                (await plain.GetAsync(origin.BaseAddress)).Dispose();
            }

            DelegatingHandler authentication = credentials == "token"
                ? CloudImagesClient.CreateTokenHandler(Credentials.Token)
                : new AkSkSigningHandler(Credentials.AkSk);
            authentication.InnerHandler = shared;
            using var http = new HttpClient(authentication, disposeHandler: false) { BaseAddress = origin.BaseAddress };

            var error = await Record.ExceptionAsync(() => new CloudImagesClient(http).ListImagesAsync(new ListImagesQuery()).WaitAsync(CallLimit));

            Assert.IsType<InvalidOperationException>(error);
            Assert.Contains("Set AllowAutoRedirect = false on it before its first request", error.Message, StringComparison.Ordinal);
            Assert.Single(origin.Requests);
            AssertNoCredentials(origin.Requests);
        }

        [Theory]
        [InlineData("token")]
        [InlineData("aksk")]
        public async Task The_sample_refuses_a_redirect_to_another_host_and_sends_it_no_credential(string credentials)
        {
            await using var elsewhere = RawServer.Start("127.0.0.2", RawServer.Json("""{"images": []}"""));
            var target = new Uri(elsewhere.BaseAddress, "v2/cloudimages");
            await using var origin = RawServer.Start("127.0.0.1", Redirect(302, target.AbsoluteUri));
            string[] login = credentials == "token"
                ? ["--token", Credentials.Token]
                : ["--ak", Credentials.AkSk.AccessKey, "--sk", Credentials.AkSk.SecretKey, "--project-id", Credentials.AkSk.ProjectId!];
            using var output = new StringWriter();
            using var error = new StringWriter();

            var code = await SampleApp.RunAsync(["--endpoint", origin.BaseAddress.AbsoluteUri, .. login], _ => null, output, error, CancellationToken.None)
                .WaitAsync(CallLimit);

            Assert.Equal(1, code);
            Assert.Contains($"The redirect to {target.AbsoluteUri} was not followed", error.ToString(), StringComparison.Ordinal);
            AssertCarriesCredentials(Assert.Single(origin.Requests), credentials);
            Assert.Empty(elsewhere.Requests);
        }

        private static Task<ListImagesResponse> Call(BuiltClient client) =>
            client.Client.ListImagesAsync(new ListImagesQuery()).WaitAsync(CallLimit);

        private static Func<RawRequest, Stream, CancellationToken, Task> Redirect(int status, string location) => (_, stream, token) =>
            RawServer.WriteAsync(stream, status, [$"Location: {location}", "Content-Length: 0"], [], token);

        private static void AssertRefused(Exception? error, HttpStatusCode status, Uri target)
        {
            var refused = Assert.IsType<ApiException>(error);
            Assert.Equal(ApiFailureKind.RedirectRefused, refused.Kind);
            Assert.Equal(status, refused.StatusCode);
            Assert.Contains(target.AbsoluteUri, refused.Message, StringComparison.Ordinal);
            Assert.Contains(" was redirected elsewhere with ", refused.Message, StringComparison.Ordinal);
        }

        /// <summary>The request carried the credentials: the redirect tests would prove nothing without them.</summary>
        private static void AssertCarriesCredentials(RawRequest request, string credentials)
        {
            if (credentials == "token")
            {
                Assert.Equal(Credentials.Token, request.Header("X-Auth-Token"));
                return;
            }

            Assert.Equal(Credentials.AkSk.ProjectId, request.Header("X-Project-Id"));
            Assert.NotNull(request.Header("X-Sdk-Date"));
            Assert.StartsWith($"SDK-HMAC-SHA256 Access={Credentials.AkSk.AccessKey}, ", request.Header("Authorization"), StringComparison.Ordinal);
        }

        private static void AssertNoCredentials(IEnumerable<RawRequest> requests) =>
            Assert.DoesNotContain(requests.SelectMany(r => r.Headers), h => CredentialHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase));

        private static string SignatureFor(Uri uri, string sdkDate)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation(AkSkSigningHandler.ProjectIdHeaderName, Credentials.AkSk.ProjectId);
            var date = DateTimeOffset.ParseExact(sdkDate, ApiGatewaySigner.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            new ApiGatewaySigner(Credentials.AkSk.AccessKey, Credentials.AkSk.SecretKey).Sign(request, date, []);
            return request.Headers.GetValues("Authorization").Single();
        }
    }
}
