using System;
using System.Buffers;
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
    /// on together, and the client's own response limit applies.</para>
    /// </remarks>
    public sealed class ResponseBufferingHandler : DelegatingHandler
    {
        private readonly int _maxBufferBytes;

        /// <summary>Creates the handler.</summary>
        /// <param name="maxBufferBytes">The longest body held in memory; by default the client's response limit, 64 MiB.</param>
        public ResponseBufferingHandler(int maxBufferBytes = ApiTransport.DefaultMaxResponseBytes)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBufferBytes);
            _maxBufferBytes = maxBufferBytes;
        }

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                response.Content = await BufferAsync(response.Content, cancellationToken).ConfigureAwait(false);
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

        private async Task<HttpContent> BufferAsync(HttpContent original, CancellationToken cancellationToken)
        {
            var stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var buffered = new MemoryStream();
            var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    buffered.Write(chunk, 0, read);
                    if (buffered.Length > _maxBufferBytes)
                    {
                        return CopyHeaders(original, new StreamContent(new PrefixedStream(buffered.ToArray(), stream)));
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            await stream.DisposeAsync().ConfigureAwait(false);
            var content = CopyHeaders(original, new ByteArrayContent(buffered.GetBuffer(), 0, (int)buffered.Length));
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

        /// <summary>Bytes already read, then the rest of the original stream.</summary>
        private sealed class PrefixedStream : Stream
        {
            private readonly byte[] _prefix;
            private readonly Stream _rest;
            private int _position;

            public PrefixedStream(byte[] prefix, Stream rest)
            {
                _prefix = prefix;
                _rest = rest;
            }

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position
            {
                get => throw new NotSupportedException();
                set => throw new NotSupportedException();
            }

            public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

            public override int Read(Span<byte> buffer)
            {
                if (_position < _prefix.Length)
                {
                    var n = Math.Min(buffer.Length, _prefix.Length - _position);
                    _prefix.AsSpan(_position, n).CopyTo(buffer);
                    _position += n;
                    return n;
                }

                return _rest.Read(buffer);
            }

            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
                _position < _prefix.Length ? new ValueTask<int>(Read(buffer.Span)) : _rest.ReadAsync(buffer, cancellationToken);

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    _rest.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}
