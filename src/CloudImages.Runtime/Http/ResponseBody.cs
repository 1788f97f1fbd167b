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
    /// <remarks>The buffer starts small and grows as bytes arrive, so memory follows what the server sent, never the
    /// Content-Length it declared: a server can declare 64 MiB and send 24 bytes. A declared length only lets a full
    /// buffer grow faster, up to eight times what arrived instead of twice, straight to the length when it is within
    /// that: a 600 KB page is then copied 144 KB on the way instead of 1 MB.</remarks>
    internal sealed class ResponseBody : IDisposable
    {
        private const int SnippetBytes = 4096;
        private const int FirstBufferBytes = 16 * 1024;
        private const int DeclaredGrowth = 8;
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

            var declared = content.Headers.ContentLength;
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await ReadAsync(stream, declared, limit, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Reads <paramref name="stream"/> to its end or one byte past <paramref name="limit"/> (at most
        /// <see cref="ResponseLimits.LargestMaxResponseBytes"/>), and leaves it open.</summary>
        /// <param name="stream">The body.</param>
        /// <param name="declared">The body's Content-Length, if it has one: a hint, never trusted for more than
        /// <see cref="DeclaredGrowth"/> times what arrived.</param>
        /// <param name="limit">The most bytes to keep.</param>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <exception cref="HttpRequestException">As <see cref="BodyStream.ReadAsync"/>.</exception>
        public static async Task<ResponseBody> ReadAsync(Stream stream, long? declared, int limit, CancellationToken cancellationToken)
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
                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(NextSize(length, declared), (long)limit + 1));
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

        /// <summary>Twice what arrived; or, while the declared length promises more, up to eight times what arrived,
        /// and no more than that length and the one byte that shows whether the body is longer.</summary>
        private static long NextSize(int arrived, long? declared)
        {
            var doubled = 2L * arrived;
            return declared is { } promised && promised >= arrived
                ? Math.Max(doubled, Math.Min(promised + 1, (long)DeclaredGrowth * arrived))
                : doubled;
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
