using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>A response body read into pooled memory, up to a limit, so paging does not grow the heap.</summary>
    internal sealed class ResponseBody : IDisposable
    {
        private const int SnippetBytes = 4096;
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

        /// <exception cref="HttpRequestException">The connection closed before the whole body arrived.</exception>
        public static async Task<ResponseBody> ReadAsync(HttpContent content, int limit, CancellationToken cancellationToken)
        {
            var declared = content.Headers.ContentLength;
            var initial = (int)Math.Clamp(declared.GetValueOrDefault(16 * 1024) + 1, 256, (long)limit + 1);
            var buffer = ArrayPool<byte>.Shared.Rent(initial);
            var length = 0;
            try
            {
                using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)limit + 1));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, limit + 1) - length), cancellationToken).ConfigureAwait(false);
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
            catch (IOException ex)
            {
                // A connection closed mid-body is a network failure, as it is through ResponseBufferingHandler.
                ArrayPool<byte>.Shared.Return(buffer);
                throw ResponseEnded.From(ex, cancellationToken);
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
