using System;
using System.Buffers;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>A response body read into pooled memory, up to a limit, so paging does not grow the heap.</summary>
    /// <remarks>The buffer starts small and doubles as bytes arrive, so memory follows what the server sent, never the
    /// Content-Length it declared: a server can declare 64 MiB and send 24 bytes.</remarks>
    internal sealed class ResponseBody : IDisposable
    {
        private const int SnippetBytes = 4096;
        private const int FirstBufferBytes = 16 * 1024;
        private byte[]? _buffer;

        private ResponseBody(byte[] buffer, int length, bool truncated)
        {
            _buffer = buffer;
            Length = length;
            Truncated = truncated;
        }

        public int Length { get; }

        /// <summary>True when the body was longer than the limit; only the first bytes were kept.</summary>
        public bool Truncated { get; }

        public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

        /// <summary>Every byte read: the body, or, when <see cref="Truncated"/>, the body and the one byte past the limit.</summary>
        public ReadOnlyMemory<byte> Received => _buffer.AsMemory(0, Truncated ? Length + 1 : Length);

        /// <summary>Reads <paramref name="content"/>, or takes the body <see cref="ResponseBufferingHandler"/> read
        /// already; disposing the result releases it either way.</summary>
        /// <exception cref="HttpRequestException">The connection closed before the whole body arrived, or the body is
        /// not in its declared Content-Encoding.</exception>
        public static async Task<ResponseBody> ReadAsync(HttpContent content, int limit, CancellationToken cancellationToken)
        {
            if (content is BufferedContent buffered && buffered.Holds(limit))
            {
                return buffered.Body;
            }

            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await ReadAsync(stream, limit, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Reads <paramref name="stream"/> to its end or one byte past <paramref name="limit"/> (at most
        /// <see cref="ResponseLimits.LargestMaxResponseBytes"/>), and leaves it open.</summary>
        /// <exception cref="HttpRequestException">As <see cref="BodyStream.ReadAsync"/>.</exception>
        public static async Task<ResponseBody> ReadAsync(Stream stream, int limit, CancellationToken cancellationToken)
        {
            Debug.Assert(limit is > 0 and <= ResponseLimits.LargestMaxResponseBytes, "limit + 1 must fit in an array");
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(FirstBufferBytes, limit + 1));
            var length = 0;
            try
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)limit + 1));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var window = buffer.AsMemory(length, Math.Min(buffer.Length, limit + 1) - length);
                    var read = await BodyStream.ReadAsync(stream, window, cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return new ResponseBody(buffer, length, truncated: false);
                    }

                    length += read;
                    if (length > limit)
                    {
                        return new ResponseBody(buffer, limit, truncated: true);
                    }
                }
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }
        }

        /// <summary>The start of the body as text, for exception messages.</summary>
        public string Snippet() => Encoding.UTF8.GetString(Span[..Math.Min(Length, SnippetBytes)]);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
