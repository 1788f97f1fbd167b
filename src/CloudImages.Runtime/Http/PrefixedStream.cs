using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>The bytes of a body read so far, then the rest of its stream. It owns neither: the content that
    /// hands it out releases both.</summary>
    internal sealed class PrefixedStream : ReadOnlySpanStream
    {
        private readonly ResponseBody _prefix;
        private readonly Stream _rest;
        private int _position;

        public PrefixedStream(ResponseBody prefix, Stream rest)
        {
            _prefix = prefix;
            _rest = rest;
        }

        protected override int ReadSpan(Span<byte> buffer)
        {
            var prefix = _prefix.Received.Span;
            if (_position < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.Slice(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return _rest.Read(buffer);
        }

        protected override ValueTask<int> ReadMemoryAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
            _position < _prefix.Received.Length ? new ValueTask<int>(ReadSpan(buffer.Span)) : _rest.ReadAsync(buffer, cancellationToken);
    }
}
