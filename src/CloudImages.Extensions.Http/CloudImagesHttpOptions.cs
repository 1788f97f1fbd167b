using System;
using CloudImages.Runtime;
using Microsoft.Extensions.Http.Resilience;

namespace CloudImages.Extensions.Http
{
    /// <summary>What <see cref="Microsoft.Extensions.DependencyInjection.CloudImagesHttpClientBuilderExtensions.AddCloudImagesHandlers"/> puts into a client's pipeline.</summary>
    public sealed class CloudImagesHttpOptions
    {
        /// <summary>A token to send in <see cref="TokenHeaderName"/>; set this or <see cref="AkSk"/>, or neither.</summary>
        public string? Token { get; set; }

        /// <summary>The header for <see cref="Token"/>; IMS reads <c>X-Auth-Token</c>.</summary>
        public string TokenHeaderName { get; set; } = "X-Auth-Token";

        /// <summary>An AK/SK pair that signs every request.</summary>
        public AkSkCredentials? AkSk { get; set; }

        /// <summary>The clock for <c>X-Sdk-Date</c>; the system clock by default.</summary>
        public TimeProvider? SigningClock { get; set; }

        /// <summary>False leaves retries and timeouts out.</summary>
        public bool EnableResilience { get; set; } = true;

        /// <summary>Changes the standard resilience options after <see cref="CloudImagesResilience.ApplyDefaults"/>.</summary>
        public Action<HttpStandardResilienceOptions>? ConfigureResilience { get; set; }

        /// <summary>The longest response body held in memory by the buffering handler.</summary>
        public int MaxBufferedResponseBytes { get; set; } = ApiTransport.DefaultMaxResponseBytes;
    }
}
