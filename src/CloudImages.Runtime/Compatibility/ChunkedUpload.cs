using System.Net.Http;

namespace CloudImages.Runtime
{
    /// <summary>Makes a body of unknown length go out chunked. .NET Core's handlers do that by themselves; .NET
    /// Framework's HttpClientHandler reads such a body into memory first, to learn its length, unless the request asks
    /// for chunked transfer: a streamed upload would be held whole.</summary>
    internal static class ChunkedUpload
    {
        public static void Apply(HttpRequestMessage request)
        {
#if NETSTANDARD2_0
            if (request.Content is { } content && content.Headers.ContentLength is null)
            {
                request.Headers.TransferEncodingChunked = true;
            }
#endif
        }
    }
}
