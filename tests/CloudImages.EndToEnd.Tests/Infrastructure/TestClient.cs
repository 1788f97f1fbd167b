using CloudImages.Extensions.Http;
using CloudImages.Ims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>A generated client wired as an application would: HttpClientFactory, the standard resilience handler,
    /// authentication and response buffering. Retry delays are short so that fault tests stay quick.</summary>
    internal sealed class TestClient : IDisposable
    {
        private readonly ServiceProvider _services;

        private TestClient(ServiceProvider services)
        {
            _services = services;
            Client = services.GetRequiredService<CloudImagesClient>();
            HttpClientFactory = services.GetRequiredService<IHttpClientFactory>();
        }

        public CloudImagesClient Client { get; }

        /// <summary>Makes raw HttpClients with the same pipeline (the typed client's name).</summary>
        public IHttpClientFactory HttpClientFactory { get; }

        public static TestClient Create(Uri baseAddress, Action<CloudImagesHttpOptions>? configure = null, Action<HttpStandardResilienceOptions>? resilience = null)
        {
            var services = new ServiceCollection();
            services.AddHttpClient<CloudImagesClient>(http => http.BaseAddress = baseAddress)
                .AddCloudImagesHandlers(options =>
                {
                    options.ConfigureResilience = r =>
                    {
                        r.Retry.Delay = TimeSpan.FromMilliseconds(10);
                        resilience?.Invoke(r);
                    };
                    configure?.Invoke(options);
                });
            return new TestClient(services.BuildServiceProvider());
        }

        public HttpClient CreateRawClient() => HttpClientFactory.CreateClient(nameof(CloudImagesClient));

        public void Dispose() => _services.Dispose();
    }
}
