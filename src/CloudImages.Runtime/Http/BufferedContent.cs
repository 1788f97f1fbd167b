using System.IO;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>A body <see cref="ResponseBufferingHandler"/> has read, in pooled memory: all of it, or, past the
    /// handler's limit, the bytes read so far and the <c>rest</c> of the stream. The client takes the
    /// <see cref="Body"/> itself instead of copying it; whichever disposes it first returns the buffer.</summary>
    internal sealed class BufferedContent : CancellableContent
    {
        private readonly Stream? _rest;

        public BufferedContent(ResponseBody body, Stream? rest)
        {
            Body = body;
            _rest = rest;
        }

        public ResponseBody Body { get; }

        /// <summary>Whether <see cref="Body"/> is what reading this content up to <paramref name="limit"/> would give.</summary>
        public bool Holds(int limit) => Body.Truncated ? Body.Length == limit : Body.Length <= limit;

        protected override async Task SerializeAsync(Stream stream, CancellationToken cancellationToken)
        {
            using var source = await CreateContentReadStreamAsync().ConfigureAwait(false);
            await source.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        protected override Task<Stream> CreateContentReadStreamAsync()
        {
            if (_rest is not null)
            {
                return Task.FromResult<Stream>(new PrefixedStream(Body, _rest));
            }

            MemoryMarshal.TryGetArray(Body.Received, out var bytes);
            return Task.FromResult<Stream>(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = Body.Length;
            return _rest is null;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Body.Dispose();
                _rest?.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
