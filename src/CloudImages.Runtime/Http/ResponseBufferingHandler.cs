using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>Reads each response body to the end before handing the response on, so that a connection cut
    /// halfway through the body fails here, inside the handler pipeline, as an <see cref="HttpRequestException"/>
    /// a retry handler around it can retry.</summary>
    /// <remarks>
    /// <para>The generated client reads with <see cref="HttpCompletionOption.ResponseHeadersRead"/>, so without
    /// this handler the body is read after every handler has returned, and a reset there escapes all retries.
    /// Put it innermost: after the retry handler, before the primary handler.</para>
    /// <para>Bodies longer than the limit are not held: the bytes read so far and the rest of the stream are handed
    /// on together, and the client's own response limit applies. The limit of an error body (a status outside 2xx) is
    /// 64 KiB at most, enough for its code and message. Memory grows with the bytes that arrive, whatever
    /// Content-Length says.</para>
    /// </remarks>
    public sealed class ResponseBufferingHandler : DelegatingHandler
    {
        private readonly int _maxBufferBytes;

        /// <summary>Creates the handler.</summary>
        /// <param name="maxBufferBytes">The longest body held in memory; by default the client's response limit, 64 MiB.
        /// Above 1 GiB, the client's largest limit, it is 1 GiB.</param>
        public ResponseBufferingHandler(int maxBufferBytes = ApiTransport.DefaultMaxResponseBytes)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBufferBytes);
            _maxBufferBytes = Math.Min(maxBufferBytes, ResponseLimits.LargestMaxResponseBytes);
        }

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                // An error body is read only for its code and message: the first 64 KiB of it.
                var limit = response.IsSuccessStatusCode ? _maxBufferBytes : Math.Min(_maxBufferBytes, ResponseLimits.ErrorBodyBytes);
                response.Content = await BufferAsync(response.Content, limit, cancellationToken).ConfigureAwait(false);
                return response;
            }
            catch (IOException ex)
            {
                response.Dispose();
                throw ResponseEnded.From(ex, cancellationToken);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        private static async Task<HttpContent> BufferAsync(HttpContent original, int limit, CancellationToken cancellationToken)
        {
            var stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            ResponseBody body;
            try
            {
                body = await ResponseBody.ReadAsync(stream, original.Headers.ContentLength, limit, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await stream.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            if (body.Truncated)
            {
                // Not held: the client reads on from the stream, and its own limit applies.
                return CopyHeaders(original, new BufferedContent(body, stream));
            }

            await stream.DisposeAsync().ConfigureAwait(false);
            var content = CopyHeaders(original, new BufferedContent(body, rest: null));
            original.Dispose();
            return content;
        }

        private static HttpContent CopyHeaders(HttpContent from, HttpContent to)
        {
            foreach (var header in from.Headers)
            {
                to.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            return to;
        }
    }
}
