using System;
using System.Net.Http;

namespace CloudImages.Runtime
{
    /// <summary>Stops the handler that sends from following redirects, so that every redirect comes back to the
    /// client, which follows it only within the endpoint's origin.</summary>
    /// <remarks>A <c>SocketsHttpHandler</c> or <see cref="HttpClientHandler"/> that follows a redirect sends the
    /// request's headers on to the new host, dropping only <c>Authorization</c>: a token, a project id and a signature
    /// date would leave with it.</remarks>
    public static class AutoRedirect
    {
        /// <summary>Sets <c>AllowAutoRedirect = false</c> on the handler at the bottom of <paramref name="handler"/>'s
        /// chain of <see cref="DelegatingHandler"/>s, when it is a <c>SocketsHttpHandler</c> or an
        /// <see cref="HttpClientHandler"/>. Other handlers are left as they are; they must not follow redirects.</summary>
        /// <param name="handler">A handler, or the outermost of a chain.</param>
        /// <exception cref="InvalidOperationException">The handler follows redirects and has already sent a request,
        /// so it can no longer be changed.</exception>
        public static void Disable(HttpMessageHandler? handler)
        {
            while (handler is DelegatingHandler delegating)
            {
                handler = delegating.InnerHandler;
            }

            try
            {
                switch (handler)
                {
#if NET
                    case SocketsHttpHandler { AllowAutoRedirect: true } sockets:
                        sockets.AllowAutoRedirect = false;
                        break;
#endif
                    case HttpClientHandler { AllowAutoRedirect: true } client:
                        client.AllowAutoRedirect = false;
                        break;
                }
            }
            catch (InvalidOperationException ex)
            {
                throw new InvalidOperationException(
                    $"The {handler!.GetType().Name} under the client's handlers follows redirects and has sent requests already, "
                    + "so it cannot be changed, and credentials would follow a redirect to another host. "
                    + "Set AllowAutoRedirect = false on it before its first request, or give the client a handler of its own.",
                    ex);
            }
        }
    }
}
