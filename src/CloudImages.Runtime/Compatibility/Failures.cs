using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>The exceptions HttpClient throws, made as the framework makes them: .NET 8 tells an
    /// <see cref="HttpRequestException"/>'s cause in <c>HttpRequestError</c>, and a timeout's token in the
    /// <see cref="TaskCanceledException"/>; netstandard2.0 has neither, and gets the message and inner exception.</summary>
    internal static class Failures
    {
        public static HttpRequestException ResponseEnded(string message, Exception inner) =>
#if NET
            new(HttpRequestError.ResponseEnded, message, inner);
#else
            new(message, inner);
#endif

        public static HttpRequestException InvalidResponse(string message, Exception inner) =>
#if NET
            new(HttpRequestError.InvalidResponse, message, inner);
#else
            new(message, inner);
#endif

        public static TaskCanceledException Canceled(string message, Exception inner, CancellationToken token) =>
#if NET
            new(message, inner, token);
#else
            new(message, inner);
#endif
    }
}
