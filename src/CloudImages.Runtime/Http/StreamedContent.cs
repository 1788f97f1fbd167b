using System;
using System.IO;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>A body copied from the caller's stream while it is sent, a chunk at a time. The stream stays the
    /// caller's: it is never disposed here.</summary>
    internal sealed class StreamedContent : RequestContent
    {
        private const int ChunkBytes = 81920;
        private readonly Stream _source;

        // Where the body starts, or -1 when the stream cannot seek.
        private readonly long _start;
        private bool _read;

        public StreamedContent(Stream source, MediaTypeHeaderValue contentType)
        {
            _source = source;
            _start = source.CanSeek ? source.Position : -1;
            Headers.ContentType = contentType;
        }

        protected override Task SerializeAsync(Stream stream, CancellationToken cancellationToken)
        {
            _read = true;
            return _source.CopyToAsync(stream, ChunkBytes, cancellationToken);
        }

        // HttpContent's own would read the whole body into memory first.
        protected override Task<Stream> CreateContentReadStreamAsync()
        {
            _read = true;
            return Task.FromResult<Stream>(new BorrowedStream(_source));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _start >= 0 ? _source.Length - _start : 0;
            return _start >= 0 && length >= 0;
        }

        protected override bool Rewind()
        {
            if (!_read)
            {
                return true;
            }

            if (_start < 0)
            {
                return false;
            }

            try
            {
                _source.Position = _start;
            }
            catch (Exception ex) when (ex is IOException or NotSupportedException)
            {
                return false;
            }

            _read = false;
            return true;
        }

        protected override void Free()
        {
            // The caller's stream: the caller disposes it.
        }
    }
}
