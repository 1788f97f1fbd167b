#if NETSTANDARD2_0
using System;
using System.Buffers;

namespace CloudImages.Runtime
{
    /// <summary>The part of System.Buffers.ArrayBufferWriter (.NET Core 3.0) the runtime uses, for the netstandard2.0
    /// build: a growing array written through <see cref="IBufferWriter{T}"/>.</summary>
    internal sealed class ArrayBufferWriter<T> : IBufferWriter<T>
    {
        private T[] _buffer = new T[256];
        private int _written;

        public ReadOnlySpan<T> WrittenSpan => _buffer.AsSpan(0, _written);

        public void Advance(int count) => _written += count;

        public Memory<T> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsMemory(_written);
        }

        public Span<T> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsSpan(_written);
        }

        private void Ensure(int sizeHint)
        {
            var needed = _written + Math.Max(sizeHint, 1);
            if (needed > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
            }
        }
    }
}
#endif
