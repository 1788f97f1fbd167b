using System.Net;
using CloudImages.Ims;
using CloudImages.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The ways an application builds the client: directly on an HttpClient, as the README's quick start does,
    /// over a SocketsHttpHandler or an HttpClientHandler (both follow redirects unless told not to); or through
    /// AddCloudImagesClient, over the factory's primary handler or a SocketsHttpHandler of the caller's, with the
    /// standard resilience handler when <c>retries</c> is set.</summary>
    internal static class ClientPaths
    {
        public const string DirectSockets = "direct-sockets";
        public const string DirectHandler = "direct-handler";
        public const string Di = "di";
        public const string DiSockets = "di-sockets";

        public static readonly string[] All = [DirectSockets, DirectHandler, Di, DiSockets];

        public static BuiltClient Create(
            string path,
            Uri endpoint,
            string credentials = "none",
            TimeSpan? timeout = null,
            bool decompress = false,
            bool retries = false,
            int maxResponseBytes = CloudImagesClient.DefaultMaxResponseBytes)
        {
            var decompression = decompress ? DecompressionMethods.All : DecompressionMethods.None;
            switch (path)
            {
                case DirectSockets or DirectHandler:
                    HttpMessageHandler primary = path == DirectSockets
                        ? new SocketsHttpHandler { AutomaticDecompression = decompression }
                        : new HttpClientHandler { AutomaticDecompression = decompression };
                    DelegatingHandler? authentication = credentials switch
                    {
                        "none" => null,
                        "token" => CloudImagesClient.CreateTokenHandler(Credentials.Token),
                        "aksk" => new AkSkSigningHandler(Credentials.AkSk),
                        _ => throw new ArgumentOutOfRangeException(nameof(credentials), credentials, null),
                    };
                    if (authentication is not null)
                    {
                        authentication.InnerHandler = primary;
                    }

                    var http = new HttpClient(authentication ?? primary) { BaseAddress = endpoint };
                    if (timeout is { } limit)
                    {
                        http.Timeout = limit;
                    }

                    return new BuiltClient(new CloudImagesClient(http) { MaxResponseBytes = maxResponseBytes }, http);

                case Di or DiSockets:
                    var services = new ServiceCollection();
                    var builder = services.AddCloudImagesClient(o =>
                    {
                        o.Endpoint = endpoint;
                        o.Timeout = timeout;
                        o.MaxResponseBytes = maxResponseBytes;
                        Credentials.For(credentials)(o);
                    });
                    if (path == DiSockets)
                    {
                        builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = decompression });
                    }
                    else if (decompress)
                    {
                        builder.ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AutomaticDecompression = decompression });
                    }

                    if (retries)
                    {
                        builder.AddStandardResilienceHandler(r =>
                        {
                            r.Retry.Delay = TimeSpan.FromMilliseconds(10);
                            r.Retry.DisableForUnsafeHttpMethods();
                        });
                    }

                    var provider = services.BuildServiceProvider();
                    return new BuiltClient(provider.GetRequiredService<CloudImagesClient>(), provider);

                default:
                    throw new ArgumentOutOfRangeException(nameof(path), path, null);
            }
        }
    }

    /// <summary>A client and what to dispose with it.</summary>
    internal sealed record BuiltClient(CloudImagesClient Client, IDisposable Owner) : IDisposable
    {
        public void Dispose() => Owner.Dispose();
    }
}
