using System;
using System.Net.Http;

namespace CloudImages.Runtime
{
    /// <summary>Turns configured credentials into the handler that applies them.</summary>
    public static class ApiAuthentication
    {
        /// <summary>A token handler, an AK/SK signing handler, or null when no credential is configured.</summary>
        /// <param name="tokenHeaderName">The header that carries a token, or null when the API has none.</param>
        /// <param name="token">A token.</param>
        /// <param name="accessKey">The access key of an AK/SK pair.</param>
        /// <param name="secretKey">The secret key of an AK/SK pair.</param>
        /// <param name="projectId">The project of an AK/SK pair, sent as X-Project-Id.</param>
        /// <param name="clock">The clock for AK/SK signatures; the system clock when null.</param>
        /// <exception cref="InvalidOperationException">Both a token and keys are set, or only one key of the pair.</exception>
        public static DelegatingHandler? CreateHandler(
            string? tokenHeaderName,
            string? token,
            string? accessKey,
            string? secretKey,
            string? projectId,
            TimeProvider? clock = null)
        {
            var hasToken = !string.IsNullOrEmpty(token);
            var hasKeys = !string.IsNullOrEmpty(accessKey) || !string.IsNullOrEmpty(secretKey);
            if (hasToken && hasKeys)
            {
                throw new InvalidOperationException("Configure a token or an AK/SK pair, not both.");
            }

            if (hasToken)
            {
                return new TokenAuthenticationHandler(
                    tokenHeaderName ?? throw new InvalidOperationException("This API takes no token; configure an AK/SK pair."),
                    token!);
            }

            if (!hasKeys)
            {
                return null;
            }

            if (accessKey is null or "" || secretKey is null or "")
            {
                throw new InvalidOperationException("An AK/SK pair needs both the access key and the secret key.");
            }

            return new AkSkSigningHandler(new AkSkCredentials(accessKey, secretKey, projectId), clock);
        }
    }
}
