using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>Reads another's stream without owning it: disposing this leaves that one open.</summary>
    internal sealed class BorrowedStream(Stream source) : ReadOnlySpanStream
    {
        protected override int ReadSpan(Span<byte> buffer) => source.Read(buffer);

        protected override ValueTask<int> ReadMemoryAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
            source.ReadAsync(buffer, cancellationToken);
    }
}
