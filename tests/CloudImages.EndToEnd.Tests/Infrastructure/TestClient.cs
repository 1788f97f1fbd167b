using CloudImages.Ims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>A generated client wired as an application would: the generated AddCloudImagesClient, then the
    /// standard resilience handler for GETs. Retry delays are short so that fault tests stay quick.</summary>
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

        public static TestClient Create(
            Uri baseAddress,
            Action<CloudImagesClientOptions>? configure = null,
            Action<HttpStandardResilienceOptions>? resilience = null,
            bool retries = true)
        {
            var services = new ServiceCollection();
            var builder = services.AddCloudImagesClient(options =>
            {
                options.Endpoint = baseAddress;
                configure?.Invoke(options);
            });
            if (retries)
            {
                builder.AddStandardResilienceHandler(r =>
                {
                    r.Retry.Delay = TimeSpan.FromMilliseconds(10);
                    resilience?.Invoke(r);
                    r.Retry.DisableForUnsafeHttpMethods(); // wraps ShouldHandle, so it comes last
                });
            }

            return new TestClient(services.BuildServiceProvider());
        }

        public HttpClient CreateRawClient() => HttpClientFactory.CreateClient("CloudImages.Ims.CloudImagesClient");

        public void Dispose() => _services.Dispose();
    }
}
