using System;
using System.Buffers;

namespace CloudImages.Runtime
{
    /// <summary>Bytes written into an array rented from <see cref="ArrayPool{T}.Shared"/>, which grows by renting a
    /// larger one; <see cref="Detach"/> hands the array on, <see cref="Clear"/> returns it.</summary>
    internal sealed class PooledBufferWriter : IBufferWriter<byte>
    {
        private const int FirstBufferBytes = 512;
        private byte[]? _buffer;
        private int _written;

        public void Advance(int count)
        {
            if (count < 0 || _buffer is null || _written > _buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), count, "Advanced past the buffer.");
            }

            _written += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => Ensure(sizeHint).AsMemory(_written);

        public Span<byte> GetSpan(int sizeHint = 0) => Ensure(sizeHint).AsSpan(_written);

        /// <summary>The written bytes' array, now the caller's to return to the pool; the writer starts empty.</summary>
        public byte[] Detach(out int length)
        {
            var buffer = _buffer ?? [];
            length = _written;
            _buffer = null;
            _written = 0;
            return buffer;
        }

        /// <summary>Returns the array, if any, to the pool; the writer starts empty.</summary>
        public void Clear()
        {
            if (_buffer is { } buffer)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            _buffer = null;
            _written = 0;
        }

        private byte[] Ensure(int sizeHint)
        {
            var needed = (long)_written + Math.Max(sizeHint, 1);
            if (_buffer is not null && needed <= _buffer.Length)
            {
                return _buffer;
            }

            var size = Math.Max(needed, _buffer is null ? FirstBufferBytes : _buffer.Length * 2L);
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(size, int.MaxValue));
            if (_buffer is not null)
            {
                _buffer.AsSpan(0, _written).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
            }

            _buffer = larger;
            return larger;
        }
    }
}
