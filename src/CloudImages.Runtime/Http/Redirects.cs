using System;
using System.Net;
using System.Net.Http;

namespace CloudImages.Runtime
{
    /// <summary>Which redirects the client follows: those that stay on the endpoint's scheme, host and port, at most
    /// <see cref="MaxFollowed"/> in a row. Each one is sent afresh through the whole handler pipeline, so it is
    /// authenticated (and signed for its own path) like the first request.</summary>
    internal static class Redirects
    {
        /// <summary>Redirects followed in one call; the next one is refused, so a redirect loop ends.</summary>
        public const int MaxFollowed = 5;

        // 308 has a name in HttpStatusCode from .NET Core 2.1 on, not in netstandard2.0.
        private const HttpStatusCode PermanentRedirect = (HttpStatusCode)308;

        /// <summary>Why the response to a request sent to <paramref name="sent"/> is refused, or null when it is not:
        /// then <paramref name="next"/> is the redirect to follow, or null when the response is the answer.</summary>
        public static string? Decide(HttpResponseMessage response, Uri sent, Uri endpoint, int followed, out Uri? next)
        {
            next = null;
            var answered = response.RequestMessage?.RequestUri ?? sent;
            if (!SameOrigin(answered, endpoint))
            {
                return $"A handler under the client followed a redirect to {Describe(answered)}, outside {Origin(endpoint)}, "
                    + "and its answer is not used; set AllowAutoRedirect = false on the HttpClient's primary handler";
            }

            if (TargetOf(response, answered) is not { } target)
            {
                return null;
            }

            if (!SameOrigin(target, endpoint))
            {
                return $"The redirect to {Describe(target)} was not followed: it leaves {Origin(endpoint)}, where the credentials belong";
            }

            if (followed == MaxFollowed)
            {
                return $"The redirect to {Describe(target)} was not followed: {MaxFollowed} redirects were followed already";
            }

            next = target;
            return null;
        }

        /// <summary>The method of the redirected request: GET after a 303, and after a 301 or 302 to a POST.</summary>
        public static HttpMethod MethodAfter(HttpStatusCode status, HttpMethod method) =>
            (status == HttpStatusCode.SeeOther && method != HttpMethod.Head)
            || (status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && method == HttpMethod.Post)
                ? HttpMethod.Get
                : method;

        /// <summary>Where a 301, 302, 303, 307 or 308 points; null for any other response, or one without Location.</summary>
        private static Uri? TargetOf(HttpResponseMessage response, Uri requestUri)
        {
            if (response.StatusCode is not (HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
                or HttpStatusCode.TemporaryRedirect or PermanentRedirect)
                || response.Headers.Location is not { } location)
            {
                return null;
            }

            return location.IsAbsoluteUri ? location : new Uri(requestUri, location);
        }

        /// <summary>Whether the two have the same scheme, host and port.</summary>
        private static bool SameOrigin(Uri first, Uri second) =>
            Uri.Compare(
                first,
                second,
                UriComponents.Scheme | UriComponents.Host | UriComponents.StrongPort,
                UriFormat.UriEscaped,
                StringComparison.OrdinalIgnoreCase) == 0;

        private static string Origin(Uri uri) => uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);

        /// <summary>The URI as a message shows it: no user information, no fragment.</summary>
        public static string Describe(Uri uri) => uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
    }
}
