using System;
using CloudImages.Extensions.Http;
using CloudImages.Runtime;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Adds the handlers a generated client wants to an <see cref="IHttpClientBuilder"/>.</summary>
    public static class CloudImagesHttpClientBuilderExtensions
    {
        /// <summary>Adds, outermost first: the standard resilience handler (see <see cref="CloudImagesResilience"/>),
        /// authentication (a token or AK/SK signing, inside the retries so each attempt is signed afresh), and
        /// <see cref="ResponseBufferingHandler"/> (innermost, so a body cut off halfway is retried too).</summary>
        /// <example><code>
        /// services.AddHttpClient&lt;CloudImagesClient&gt;(c => c.BaseAddress = endpoint)
        ///     .AddCloudImagesHandlers(o => o.Token = token);
        /// </code></example>
        public static IHttpClientBuilder AddCloudImagesHandlers(this IHttpClientBuilder builder, Action<CloudImagesHttpOptions>? configure = null)
        {
            ArgumentNullException.ThrowIfNull(builder);
            var options = new CloudImagesHttpOptions();
            configure?.Invoke(options);
            if (options.Token is not null && options.AkSk is not null)
            {
                throw new ArgumentException("Set a token or an AK/SK pair, not both.", nameof(configure));
            }

            if (options.EnableResilience)
            {
                builder.AddStandardResilienceHandler(resilience =>
                {
                    CloudImagesResilience.ApplyDefaults(resilience);
                    options.ConfigureResilience?.Invoke(resilience);
                });
            }

            if (options.Token is { } token)
            {
                var header = options.TokenHeaderName;
                builder.AddHttpMessageHandler(() => new TokenAuthenticationHandler(header, token));
            }
            else if (options.AkSk is { } credentials)
            {
                var clock = options.SigningClock;
                builder.AddHttpMessageHandler(() => new AkSkSigningHandler(credentials, clock));
            }

            var maxBytes = options.MaxBufferedResponseBytes;
            builder.AddHttpMessageHandler(() => new ResponseBufferingHandler(maxBytes));
            return builder;
        }
    }
}
