using CloudImages.Ims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

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
            bool retries = true,
            bool retryWrites = false)
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
                    if (retryWrites)
                    {
                        r.Retry.ShouldHandle = RefusedOrSafe;
                    }
                    else
                    {
                        r.Retry.DisableForUnsafeHttpMethods(); // wraps ShouldHandle, so it comes last
                    }
                });
            }

            return new TestClient(services.BuildServiceProvider());
        }

        /// <summary>Any request refused with 429 or 503 (the gateway refuses before anything is done, so even a write
        /// may be sent again); a GET also after a network failure or another 5xx.</summary>
        private static ValueTask<bool> RefusedOrSafe(Polly.Retry.RetryPredicateArguments<HttpResponseMessage> args)
        {
            if (args.Outcome.Result is { StatusCode: System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.ServiceUnavailable })
            {
                return ValueTask.FromResult(true);
            }

            var safe = args.Context.GetRequestMessage()?.Method == HttpMethod.Get;
            return ValueTask.FromResult(safe && (args.Outcome.Exception is HttpRequestException || (int?)args.Outcome.Result?.StatusCode >= 500));
        }

        public HttpClient CreateRawClient() => HttpClientFactory.CreateClient("CloudImages.Ims.CloudImagesClient");

        public void Dispose() => _services.Dispose();
    }
}
