using System;
using System.Buffers;
using System.IO;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>A JSON body written already, in an array rented from the pool, which disposing returns.</summary>
    internal sealed class PooledJsonContent : RequestContent
    {
        private readonly int _length;
        private byte[]? _buffer;

        public PooledJsonContent(byte[] buffer, int length, MediaTypeHeaderValue contentType)
        {
            _buffer = buffer;
            _length = length;
            Headers.ContentType = contentType;
        }

        protected override Task SerializeAsync(Stream stream, CancellationToken cancellationToken) =>
            stream.WriteAsync(Buffer(), 0, _length, cancellationToken);

        protected override Task<Stream> CreateContentReadStreamAsync() =>
            Task.FromResult<Stream>(new MemoryStream(Buffer(), 0, _length, writable: false));

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }

        protected override bool Rewind() => _buffer is not null;

        protected override void Free()
        {
            if (Interlocked.Exchange(ref _buffer, null) is { } buffer && buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private byte[] Buffer() => _buffer ?? throw new ObjectDisposedException(nameof(PooledJsonContent));
    }
}
