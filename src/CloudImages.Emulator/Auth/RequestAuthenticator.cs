using System;

namespace CloudImages.Emulator
{
    /// <summary>Decides whether a request may be served: a known token, or a valid AK/SK signature.</summary>
    internal static class RequestAuthenticator
    {
        public const string TokenHeader = "X-Auth-Token";

        /// <returns>Null when the request is authenticated; otherwise the 401 to answer.</returns>
        public static ImsError? Authenticate(SignatureVerifier.SignedRequest request, ImsAuthOptions options, DateTimeOffset now)
        {
            if (request.Header(TokenHeader) is { } token)
            {
                return options.Tokens.Contains(token) ? null : ImsErrors.Unauthorized("decrypt token fail");
            }

            if (request.Header("Authorization") is { } authorization)
            {
                return SignatureVerifier.Verify(authorization, request, options, now) is { } failure ? ImsErrors.Unauthorized(failure) : null;
            }

            return ImsErrors.Unauthorized("the request has no X-Auth-Token and no AK/SK signature");
        }
    }
}
