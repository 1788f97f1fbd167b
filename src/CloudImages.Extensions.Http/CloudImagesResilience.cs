using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace CloudImages.Extensions.Http
{
    /// <summary>The retry policy for IMS: GETs only, 3 retries at most, exponential backoff with jitter from 1 s,
    /// <c>Retry-After</c> honoured, on 408, 429, 502, 503, 504, network errors and attempt timeouts.</summary>
    /// <remarks>500 is not retried: IMS answers it for internal errors that a repeat does not fix.</remarks>
    public static class CloudImagesResilience
    {
        /// <summary>Sets the retry part of the standard resilience options.</summary>
        public static void ApplyDefaults(HttpStandardResilienceOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var retry = options.Retry;
            retry.MaxRetryAttempts = 3;
            retry.BackoffType = DelayBackoffType.Exponential;
            retry.UseJitter = true;
            retry.Delay = TimeSpan.FromSeconds(1);
            retry.ShouldRetryAfterHeader = true;
            retry.ShouldHandle = args => new ValueTask<bool>(IsTransient(args.Outcome));

            // Wraps ShouldHandle, so it comes after it.
            retry.DisableForUnsafeHttpMethods();
        }

        /// <summary>True for the failures a retry may fix.</summary>
        public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
        {
            { Exception: HttpRequestException or TimeoutRejectedException } => true,
            { Result: { } response } => response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
                or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout,
            _ => false,
        };
    }
}
