using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>A forward-only, read-only stream written once against spans. .NET Core 2.1 and later read streams
    /// into spans; netstandard2.0 reads them into arrays only, so there the array overloads are the way in.</summary>
    internal abstract class ReadOnlySpanStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadSpan(buffer.AsSpan(offset, count));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadMemoryAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

#if NET
        public override int Read(Span<byte> buffer) => ReadSpan(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ReadMemoryAsync(buffer, cancellationToken);
#endif

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected abstract int ReadSpan(Span<byte> buffer);

        protected abstract ValueTask<int> ReadMemoryAsync(Memory<byte> buffer, CancellationToken cancellationToken);
    }
}
