using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>Puts an authentication token into a request header (for IMS, <c>X-Auth-Token</c>) on every request.</summary>
    /// <remarks>Before its first request it stops the handler under it from following redirects (see
    /// <see cref="AutoRedirect"/>), so that the token never goes to another host.</remarks>
    public sealed class TokenAuthenticationHandler : DelegatingHandler
    {
        private readonly string _headerName;
        private readonly Func<CancellationToken, ValueTask<string>> _tokenProvider;
        private readonly NoAutoRedirect _noAutoRedirect = new();

        /// <summary>Uses a fixed token.</summary>
        public TokenAuthenticationHandler(string headerName, string token)
            : this(headerName, _ => new ValueTask<string>(token ?? throw new ArgumentNullException(nameof(token))))
        {
        }

        /// <summary>Asks <paramref name="tokenProvider"/> for the token on every request, so it can be refreshed.</summary>
        public TokenAuthenticationHandler(string headerName, Func<CancellationToken, ValueTask<string>> tokenProvider)
        {
            ArgumentException.ThrowIfNullOrEmpty(headerName);
            _headerName = headerName;
            _tokenProvider = tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider));
        }

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _noAutoRedirect.Ensure(InnerHandler);
            var token = await _tokenProvider(cancellationToken).ConfigureAwait(false);
            request.Headers.Remove(_headerName);
            request.Headers.TryAddWithoutValidation(_headerName, token);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
