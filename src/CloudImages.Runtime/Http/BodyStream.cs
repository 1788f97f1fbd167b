using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>Reads from a response body stream, turning every way the body can fail into what a network failure
    /// throws, so the client's own read and <see cref="ResponseBufferingHandler"/> fail alike.</summary>
    internal static class BodyStream
    {
        /// <exception cref="HttpRequestException">The connection closed early (<c>HttpRequestError.ResponseEnded</c> on .NET 8),
        /// or the body is not in the Content-Encoding it declares (<c>HttpRequestError.InvalidResponse</c>).</exception>
        public static async ValueTask<int> ReadAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
        {
            try
            {
                return await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                throw ResponseEnded.From(ex, cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException)
            {
                // What automatic decompression throws for a body that is not gzip, deflate or br after all.
                throw Failures.InvalidResponse("The response body could not be decoded as its Content-Encoding declares.", ex);
            }
        }
    }
}
