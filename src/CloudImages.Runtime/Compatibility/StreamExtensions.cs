#if NETSTANDARD2_0
using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>The span and cancellation overloads of .NET Core 2.1+ streams and .NET 5+ content, for the
    /// netstandard2.0 build; elsewhere the framework's own instance methods are the ones called.</summary>
    internal static class StreamExtensions
    {
        private const int CopyBufferBytes = 81920;

        public static int Read(this Stream stream, Span<byte> buffer)
        {
            var rented = ArrayPool<byte>.Shared.Rent(buffer.Length);
            try
            {
                var read = stream.Read(rented, 0, buffer.Length);
                rented.AsSpan(0, read).CopyTo(buffer);
                return read;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        public static ValueTask<int> ReadAsync(this Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
        {
            if (MemoryMarshal.TryGetArray<byte>(buffer, out var array))
            {
                return new ValueTask<int>(stream.ReadAsync(array.Array!, array.Offset, array.Count, cancellationToken));
            }

            return ReadRentedAsync(stream, buffer, cancellationToken);
        }

        public static Task CopyToAsync(this Stream stream, Stream destination, CancellationToken cancellationToken) =>
            stream.CopyToAsync(destination, CopyBufferBytes, cancellationToken);

        public static Task<Stream> ReadAsStreamAsync(this HttpContent content, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return content.ReadAsStreamAsync();
        }

        public static ValueTask DisposeAsync(this Stream stream)
        {
            stream.Dispose();
            return default;
        }

        public static Task<byte[]> ReadAsByteArrayAsync(this HttpContent content, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return content.ReadAsByteArrayAsync();
        }

        private static async ValueTask<int> ReadRentedAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
        {
            var rented = ArrayPool<byte>.Shared.Rent(buffer.Length);
            try
            {
                var read = await stream.ReadAsync(rented, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
                rented.AsMemory(0, read).CopyTo(buffer);
                return read;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
#endif
