using System.Net;
using CloudImages.Emulator;
using CloudImages.Ims;
using Microsoft.Extensions.DependencyInjection;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>A body cut off halfway is a network failure: <see cref="HttpRequestException"/> with
    /// <see cref="HttpRequestError.ResponseEnded"/>, whether the client was built directly on an HttpClient or through
    /// AddCloudImagesClient, where <see cref="CloudImages.Runtime.ResponseBufferingHandler"/> reads the body. Cancellation
    /// stays <see cref="OperationCanceledException"/>.</summary>
    public sealed class CutBodyTests
    {
        public static TheoryData<string> Paths => new() { "direct", "di" };

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task A_body_the_emulator_cuts_off_is_an_HttpRequestException(string path)
        {
            // A first page of 500 images, so that headers and part of the body arrive before the reset.
            await using var ims = await ImsEmulator.StartAsync();
            ims.Faults.Enqueue(ImsFault.TruncatedBody);
            using var client = Client(path, ims.BaseAddress, handler: null);

            var error = await Record.ExceptionAsync(() => client.Client.ListImagesAsync(new ListImagesQuery()));

            var network = Assert.IsType<HttpRequestException>(error);
            Assert.Equal(HttpRequestError.ResponseEnded, network.HttpRequestError);
            Assert.IsAssignableFrom<IOException>(network.InnerException);
            Assert.Equal(1, ims.RequestCount);
        }

        [Theory]
        [InlineData("direct", HttpStatusCode.OK)]
        [InlineData("direct", HttpStatusCode.ServiceUnavailable)]
        [InlineData("di", HttpStatusCode.OK)]
        [InlineData("di", HttpStatusCode.ServiceUnavailable)]
        public async Task A_success_or_error_body_whose_stream_fails_midway_is_an_HttpRequestException(string path, HttpStatusCode status)
        {
            var cut = new IOException("connection reset");
            using var client = Client(path, new Uri("http://ims.example.test/"), new CutStream.Handler(status, _ => throw cut));

            var error = await Record.ExceptionAsync(() => client.Client.ListImagesAsync(new ListImagesQuery()));

            var network = Assert.IsType<HttpRequestException>(error);
            Assert.Equal(HttpRequestError.ResponseEnded, network.HttpRequestError);
            Assert.Same(cut, network.InnerException);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task A_read_cut_short_by_cancellation_stays_an_OperationCanceledException(string path)
        {
            // The connection is torn down because the caller cancelled, so the read fails with an IOException.
            using var cancellation = new CancellationTokenSource();
            using var client = Client(path, new Uri("http://ims.example.test/"), new CutStream.Handler(HttpStatusCode.OK, _ =>
            {
                cancellation.Cancel();
                throw new IOException("connection aborted");
            }));

            var error = await Record.ExceptionAsync(() => client.Client.ListImagesAsync(new ListImagesQuery(), cancellation.Token));

            Assert.IsAssignableFrom<OperationCanceledException>(error);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task A_read_that_observes_cancellation_stays_an_OperationCanceledException(string path)
        {
            using var cancellation = new CancellationTokenSource();
            using var client = Client(path, new Uri("http://ims.example.test/"), new CutStream.Handler(HttpStatusCode.OK, token =>
            {
                cancellation.Cancel();
                token.ThrowIfCancellationRequested();
                return 0;
            }));

            var error = await Record.ExceptionAsync(() => client.Client.ListImagesAsync(new ListImagesQuery(), cancellation.Token));

            Assert.IsAssignableFrom<OperationCanceledException>(error);
        }

        /// <summary>The client built directly, as the README's quick start does, or through AddCloudImagesClient
        /// without retries; <paramref name="handler"/> replaces the network when given.</summary>
        private static Constructed Client(string path, Uri baseAddress, HttpMessageHandler? handler)
        {
            if (path == "direct")
            {
                var http = handler is null ? new HttpClient() : new HttpClient(handler);
                http.BaseAddress = baseAddress;
                return new Constructed(new CloudImagesClient(http), http);
            }

            var services = new ServiceCollection();
            var builder = services.AddCloudImagesClient(o => o.Endpoint = baseAddress);
            if (handler is not null)
            {
                builder.ConfigurePrimaryHttpMessageHandler(() => handler);
            }

            var provider = services.BuildServiceProvider();
            return new Constructed(provider.GetRequiredService<CloudImagesClient>(), provider);
        }

        private sealed record Constructed(CloudImagesClient Client, IDisposable Owner) : IDisposable
        {
            public void Dispose() => Owner.Dispose();
        }

        /// <summary>A JSON body that sends its first bytes, then fails the next read as <paramref name="fail"/> says.</summary>
        private sealed class CutStream(Func<CancellationToken, int> fail) : Stream
        {
            private static readonly byte[] Start = """{"images": [{"id": "a"""u8.ToArray();
            private bool _started;

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position
            {
                get => throw new NotSupportedException();
                set => throw new NotSupportedException();
            }

            public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count), CancellationToken.None);

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                Task.FromResult(Read(buffer.AsSpan(offset, count), cancellationToken));

            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
                ValueTask.FromResult(Read(buffer.Span, cancellationToken));

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            private int Read(Span<byte> buffer, CancellationToken cancellationToken)
            {
                if (_started)
                {
                    return fail(cancellationToken);
                }

                _started = true;
                Start.CopyTo(buffer);
                return Start.Length;
            }

            /// <summary>Answers every request with <paramref name="status"/> and a <see cref="CutStream"/> body.</summary>
            public sealed class Handler(HttpStatusCode status, Func<CancellationToken, int> fail) : HttpMessageHandler
            {
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    var content = new StreamContent(new CutStream(fail));
                    content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                    return Task.FromResult(new HttpResponseMessage(status) { Content = content, RequestMessage = request });
                }
            }
        }
    }
}
