using System.Net;
using CloudImages.Runtime;
using Xunit;
using static CloudImages.Generators.Tests.Transport.TransportFixture;

namespace CloudImages.Generators.Tests.Transport
{
    /// <summary>ApiContent.Binary streams the caller's stream through, never holding the body in memory.</summary>
    public class StreamingUploadTests
    {
        private const long UploadBytes = 64L * 1024 * 1024;

        // Far below the body: a chunk or two of copying, nothing like the whole.
        private const long MostAheadAllowed = 1024 * 1024;

        [Fact]
        public async Task A_64_MiB_upload_read_as_a_stream_is_never_buffered()
        {
            var source = new CountingStream(UploadBytes);
            var received = 0L;
            var handler = new StreamingHandler(async (content, cancellationToken) =>
            {
                using var stream = await content.ReadAsStreamAsync(cancellationToken);
                var chunk = new byte[64 * 1024];
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
                {
                    Check(chunk.AsSpan(0, read), received);
                    received += read;
                    source.Consume(read);
                }
            });

            await Upload(handler, source);

            Assert.Equal(UploadBytes, received);
            Assert.Equal(UploadBytes, source.HandedOut);
            Assert.InRange(source.MostAhead, 1, MostAheadAllowed);
            Assert.Null(handler.ContentLength); // a stream that cannot seek has no length: sent chunked
            Assert.False(source.Disposed); // the caller's
        }

        [Fact]
        public async Task A_64_MiB_upload_copied_as_a_socket_handler_sends_it_is_never_buffered()
        {
            var source = new CountingStream(UploadBytes);
            var sink = new CheckingSink(source);
            var handler = new StreamingHandler((content, cancellationToken) => content.CopyToAsync(sink, cancellationToken));

            await Upload(handler, source);

            Assert.Equal(UploadBytes, sink.Received);
            Assert.InRange(source.MostAhead, 1, MostAheadAllowed);
            Assert.InRange(source.LargestRead, 1, MostAheadAllowed);
            Assert.False(source.Disposed);
        }

        [Fact]
        public async Task A_seekable_stream_is_sent_from_its_position_with_its_length()
        {
            var bytes = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
            var source = new MemoryStream(bytes) { Position = 100 };
            var handler = new RecordingHandler((_, _) => Json("""{"id":"file"}"""));

            await ApiTransport.SendAsync(
                handler.Client(), HttpMethod.Put, ImagesUri, ApiContent.Binary(source, "application/octet-stream"), Operation, CancellationToken.None);

            var sent = Assert.Single(handler.Requests);
            Assert.Equal(bytes[100..], sent.Body);
            Assert.Equal(900, sent.ContentLength);
            Assert.Equal("application/octet-stream", sent.ContentType);
            Assert.True(source.CanRead); // not disposed
        }

        private static void Check(ReadOnlySpan<byte> chunk, long offset)
        {
            for (var i = 0; i < chunk.Length; i++)
            {
                if (chunk[i] != CountingStream.At(offset + i))
                {
                    Assert.Fail($"Byte {offset + i} differs.");
                }
            }
        }

        private static Task Upload(HttpMessageHandler handler, Stream source) =>
            ApiTransport.SendAsync(
                new HttpClient(handler) { BaseAddress = new Uri("https://ims.example.test/") }, HttpMethod.Put, ImagesUri,
                ApiContent.Binary(source, "application/octet-stream"), Operation, CancellationToken.None);

        /// <summary>Takes the request body in with <c>receive</c>, as a transport would, and answers 204.</summary>
        private sealed class StreamingHandler(Func<HttpContent, CancellationToken, Task> receive) : HttpMessageHandler
        {
            public long? ContentLength { get; private set; }

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                ContentLength = request.Content!.Headers.ContentLength;
                await receive(request.Content, cancellationToken);
                return new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request };
            }
        }

        /// <summary>A stream written to as a socket is, which checks each byte and reports it consumed.</summary>
        private sealed class CheckingSink(CountingStream source) : Stream
        {
            public long Received { get; private set; }

            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => throw new NotSupportedException();

            public override long Position
            {
                get => throw new NotSupportedException();
                set => throw new NotSupportedException();
            }

            public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

            public override void Write(ReadOnlySpan<byte> buffer)
            {
                Check(buffer, Received);
                Received += buffer.Length;
                source.Consume(buffer.Length);
            }

            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            {
                Write(buffer.AsSpan(offset, count));
                return Task.CompletedTask;
            }

            public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
            {
                Write(buffer.Span);
                return default;
            }

            public override void Flush()
            {
            }

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();
        }
    }
}
