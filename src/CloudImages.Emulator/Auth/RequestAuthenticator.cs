using System;

namespace CloudImages.Emulator
{
    /// <summary>Decides whether a request may be served (a known token, or a valid AK/SK signature), and for which
    /// project.</summary>
    internal static class RequestAuthenticator
    {
        public const string TokenHeader = "X-Auth-Token";
        public const string ProjectHeader = "X-Project-Id";
        public const string AuthorizationHeader = "Authorization";

        /// <summary>Whether the request is served without checking: anonymous requests allowed, and none sent.</summary>
        public static bool ServesAnonymously(ImsAuthOptions options, Func<string, bool> hasHeader) =>
            options.AllowAnonymous && !hasHeader(TokenHeader) && !hasHeader(AuthorizationHeader);

        /// <returns>The 401 to answer, or the project the credentials act in (null: the catalogue's project).</returns>
        public static (ImsError? Denied, string? ProjectId) Authenticate(SignatureVerifier.SignedRequest request, ImsAuthOptions options, DateTimeOffset now)
        {
            if (request.Header(TokenHeader) is { } token)
            {
                if (options.TokenProjects.TryGetValue(token, out var project))
                {
                    return (null, project);
                }

                return options.Tokens.Contains(token) ? (null, null) : (ImsErrors.Unauthorized("decrypt token fail"), null);
            }

            if (request.Header(AuthorizationHeader) is { } authorization)
            {
                if (SignatureVerifier.Verify(authorization, request, options, now) is { } failure)
                {
                    return (ImsErrors.Unauthorized(failure), null);
                }

                var accessKey = SignatureVerifier.AccessKeyOf(authorization);
                return (null, accessKey is not null && options.AccessKeyProjects.TryGetValue(accessKey, out var keyProject) ? keyProject : null);
            }

            return (ImsErrors.Unauthorized("the request has no X-Auth-Token and no AK/SK signature"), null);
        }
    }
}
