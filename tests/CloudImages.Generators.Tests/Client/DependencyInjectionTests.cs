using System.Net;
using CloudImages.Generators.Tests.Infrastructure;
using CloudImages.Ims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CloudImages.Generators.Tests.Client
{
    /// <summary>The generated AddCloudImagesClient: a typed client of IHttpClientFactory, configured in code or from
    /// configuration, with authentication and buffering innermost.</summary>
    public class DependencyInjectionTests
    {
        private readonly StubHandler _server = new(_ => StubHandler.Json("""{"images":[]}"""));

        [Fact]
        public async Task Options_bound_from_configuration_reach_the_client_and_its_requests()
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Ims:Endpoint"] = "https://ims.example.test/base/",
                ["Ims:Token"] = "secret-token",
                ["Ims:Timeout"] = "00:00:07",
                ["Ims:ValidateQueries"] = "false",
                ["Ims:MaxResponseBytes"] = "4096",
            }).Build();
            var services = new ServiceCollection();
            services.AddCloudImagesClient(configuration.GetSection("Ims")).ConfigurePrimaryHttpMessageHandler(() => _server);
            using var provider = services.BuildServiceProvider();

            var client = provider.GetRequiredService<CloudImagesClient>();
    #pragma warning disable CIMG0001 // sent on purpose: ValidateQueries is off
            await client.ListImagesAsync(new ListImagesQuery { MemberStatus = MemberStatus.Pending });
    #pragma warning restore CIMG0001

            var request = Assert.Single(_server.Requests);
            Assert.Equal("https://ims.example.test/base/v2/cloudimages?member_status=pending", request.RequestUri!.AbsoluteUri);
            Assert.Equal(["secret-token"], request.Headers.GetValues("X-Auth-Token"));
            Assert.Equal(TimeSpan.FromSeconds(7), client.HttpClient.Timeout);
            Assert.False(client.ValidateQueries);
            Assert.Equal(4096, client.MaxResponseBytes);
        }

        [Fact]
        public async Task An_AK_SK_pair_signs_and_names_the_project()
        {
            var services = new ServiceCollection();
            services.AddCloudImagesClient(o =>
            {
                o.Endpoint = new Uri("https://ims.example.test/");
                (o.AccessKey, o.SecretKey, o.ProjectId) = ("AKEXAMPLE", "sk-example", "project-1");
            }).ConfigurePrimaryHttpMessageHandler(() => _server);
            using var provider = services.BuildServiceProvider();

            await provider.GetRequiredService<CloudImagesClient>().ListImagesAsync(new ListImagesQuery());

            var request = Assert.Single(_server.Requests);
            Assert.StartsWith("SDK-HMAC-SHA256 Access=AKEXAMPLE, SignedHeaders=", request.Headers.GetValues("Authorization").Single(), StringComparison.Ordinal);
            Assert.Equal(["project-1"], request.Headers.GetValues("X-Project-Id"));
            Assert.True(request.Headers.Contains("X-Sdk-Date"));
        }

        [Fact]
        public async Task Handlers_the_caller_adds_run_outside_authentication_so_retries_sign_each_attempt()
        {
            var seenByOuter = new List<bool>();
            var services = new ServiceCollection();
            services.AddCloudImagesClient(o => (o.Endpoint, o.Token) = (new Uri("https://ims.example.test/"), "t"))
                .AddHttpMessageHandler(() => new Recorder(request => seenByOuter.Add(request.Headers.Contains("X-Auth-Token"))))
                .ConfigurePrimaryHttpMessageHandler(() => _server);
            using var provider = services.BuildServiceProvider();

            await provider.GetRequiredService<CloudImagesClient>().ListImagesAsync(new ListImagesQuery());

            Assert.Equal([false], seenByOuter); // the token is added after (inside) the caller's handler
            Assert.True(Assert.Single(_server.Requests).Headers.Contains("X-Auth-Token"));
        }

        [Fact]
        public async Task Registering_twice_adds_the_handlers_once()
        {
            var services = new ServiceCollection();
            services.AddCloudImagesClient(o => (o.Endpoint, o.Token) = (new Uri("https://ims.example.test/"), "t"));
            services.AddCloudImagesClient(o => o.Timeout = TimeSpan.FromSeconds(3)).ConfigurePrimaryHttpMessageHandler(() => _server);
            using var provider = services.BuildServiceProvider();

            var client = provider.GetRequiredService<CloudImagesClient>();
            await client.ListImagesAsync(new ListImagesQuery());

            Assert.Equal(["t"], Assert.Single(_server.Requests).Headers.GetValues("X-Auth-Token"));
            Assert.Equal(TimeSpan.FromSeconds(3), client.HttpClient.Timeout);
        }

        [Fact]
        public void A_missing_endpoint_and_conflicting_credentials_are_explained()
        {
            static InvalidOperationException Resolve(Action<CloudImagesClientOptions> configure)
            {
                var services = new ServiceCollection();
                services.AddCloudImagesClient(configure);
                using var provider = services.BuildServiceProvider();
                return Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<CloudImagesClient>());
            }

            Assert.Contains("Endpoint", Resolve(_ => { }).Message, StringComparison.Ordinal);
            Assert.Contains("not both", Resolve(o => (o.Endpoint, o.Token, o.AccessKey, o.SecretKey) = (new Uri("https://x.test/"), "t", "a", "s")).Message, StringComparison.Ordinal);
            Assert.Contains("both the access key and the secret key", Resolve(o => (o.Endpoint, o.AccessKey) = (new Uri("https://x.test/"), "a")).Message, StringComparison.Ordinal);
        }

        private sealed class Recorder(Action<HttpRequestMessage> record) : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                record(request);
                return base.SendAsync(request, cancellationToken);
            }
        }
    }
}
