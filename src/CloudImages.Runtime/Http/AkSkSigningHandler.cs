using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>Signs every request with an AK/SK pair (SDK-HMAC-SHA256, see <see cref="ApiGatewaySigner"/>) and sends
    /// the project id as <c>X-Project-Id</c> when one is given.</summary>
    /// <remarks>Place it inside any retry handler: each attempt is then signed afresh, with its own <c>X-Sdk-Date</c>.
    /// Before its first request it stops the handler under it from following redirects (see <see cref="AutoRedirect"/>),
    /// so that neither the project id nor the signature's date goes to another host.</remarks>
    public sealed class AkSkSigningHandler : DelegatingHandler
    {
        /// <summary>The header that names the project.</summary>
        public const string ProjectIdHeaderName = "X-Project-Id";

        private readonly ApiGatewaySigner _signer;
        private readonly string? _projectId;
        private readonly TimeProvider _clock;
        private readonly NoAutoRedirect _noAutoRedirect = new();

        /// <summary>Creates the handler.</summary>
        /// <param name="credentials">The AK/SK pair and optional project id.</param>
        /// <param name="clock">The clock for <c>X-Sdk-Date</c>; the system clock by default.</param>
        public AkSkSigningHandler(AkSkCredentials credentials, TimeProvider? clock = null)
        {
            ArgumentNullException.ThrowIfNull(credentials);
            _signer = new ApiGatewaySigner(credentials.AccessKey, credentials.SecretKey);
            _projectId = credentials.ProjectId;
            _clock = clock ?? TimeProvider.System;
        }

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            _noAutoRedirect.Ensure(InnerHandler);
            var body = request.Content is null
                ? Array.Empty<byte>()
                : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (_projectId is not null)
            {
                request.Headers.Remove(ProjectIdHeaderName);
                request.Headers.TryAddWithoutValidation(ProjectIdHeaderName, _projectId);
            }

            _signer.Sign(request, _clock.GetUtcNow(), body);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
