using System.Diagnostics;
using System.Net;
using System.Text;
using CloudImages.Ims;
using CloudImages.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>Servers that lie or dawdle, on loopback, against every way of building the client: every failure is
    /// typed, HttpClient.Timeout covers the body, and memory follows the bytes that arrive, not the ones declared.
    /// Redirects are in <see cref="RedirectTests"/>. Alone in their collection: they measure process-wide allocation
    /// and time.</summary>
    [Collection(nameof(Exclusive))]
    public sealed class HostileServerTests(ITestOutputHelper output)
    {
        private const long MiB = 1024 * 1024;
        private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(20);

        public static TheoryData<string> Paths() => new(ClientPaths.All);

        public static TheoryData<string, string, int> PathsEncodingsAndStatuses()
        {
            var data = new TheoryData<string, string, int>();
            foreach (var path in ClientPaths.All)
            {
                foreach (var encoding in new[] { "gzip", "deflate", "br" })
                {
                    data.Add(path, encoding, 200);
                    data.Add(path, encoding, 503);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(PathsEncodingsAndStatuses))]
        public async Task A_body_not_in_its_declared_encoding_is_an_HttpRequestException(string path, string encoding, int status)
        {
            var body = "not compressed at all"u8.ToArray();
            await using var server = RawServer.Start("127.0.0.1", (_, stream, token) => RawServer.WriteAsync(
                stream, status, ["Content-Type: application/json", $"Content-Encoding: {encoding}", $"Content-Length: {body.Length}"], body, token));
            using var client = ClientPaths.Create(path, server.BaseAddress, decompress: true);

            var error = await Record.ExceptionAsync(() => Call(client));

            var network = Assert.IsType<HttpRequestException>(error);
            Assert.Equal(HttpRequestError.InvalidResponse, network.HttpRequestError);
            Assert.Single(server.Requests);
        }

        [Theory]
        [InlineData(int.MinValue)]
        [InlineData(-1)]
        [InlineData(0)]
        [InlineData(100)]
        [InlineData(1023)]
        [InlineData(ResponseLimits.LargestMaxResponseBytes + 1)]
        [InlineData(int.MaxValue)]
        public void MaxResponseBytes_outside_1_KiB_to_1_GiB_is_refused_when_set(int value)
        {
            using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1/") };
            var client = new CloudImagesClient(http);

            var error = Assert.Throws<ArgumentOutOfRangeException>(() => client.MaxResponseBytes = value);

            Assert.Equal("MaxResponseBytes", error.ParamName);
            Assert.Equal(value, error.ActualValue);
            Assert.Equal(CloudImagesClient.DefaultMaxResponseBytes, client.MaxResponseBytes);
        }

        [Theory]
        [InlineData(int.MinValue)]
        [InlineData(0)]
        [InlineData(100)]
        [InlineData(int.MaxValue)]
        public void MaxResponseBytes_outside_1_KiB_to_1_GiB_in_the_options_is_refused_when_the_client_is_resolved(int value)
        {
            var services = new ServiceCollection();
            services.AddCloudImagesClient(o => (o.Endpoint, o.MaxResponseBytes) = (new Uri("http://127.0.0.1/"), value));
            using var provider = services.BuildServiceProvider();

            var error = Assert.Throws<ArgumentOutOfRangeException>(() => provider.GetRequiredService<CloudImagesClient>());

            Assert.Equal("CloudImagesClientOptions.MaxResponseBytes", error.ParamName);
            Assert.StartsWith("CloudImagesClientOptions.MaxResponseBytes must be from 1024 (1 KiB) to 1073741824 (1 GiB) bytes.", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task MaxResponseBytes_of_1_KiB_and_of_1_GiB_both_read_a_page(string path)
        {
            await using var server = RawServer.Start("127.0.0.1", RawServer.Json("""{"images": [{"id": "a"}]}"""));
            foreach (var limit in new[] { ResponseLimits.SmallestMaxResponseBytes, ResponseLimits.LargestMaxResponseBytes })
            {
                using var client = ClientPaths.Create(path, server.BaseAddress, maxResponseBytes: limit);

                var page = await Call(client);

                Assert.Equal(["a"], page.Images!.Select(i => i.Id));
                Assert.Equal(limit, client.Client.MaxResponseBytes);
            }
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task A_body_that_stalls_after_the_headers_ends_at_HttpClient_Timeout(string path)
        {
            await using var server = RawServer.Start("127.0.0.1", async (_, stream, token) =>
            {
                await RawServer.WriteAsync(stream, 200, ["Content-Type: application/json", "Content-Length: 1000"], """{"images": ["""u8.ToArray(), token);
                await Task.Delay(Timeout.Infinite, token);
            });

            await AssertTimesOutAsync(path, server, TimeSpan.FromSeconds(1));
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task A_body_trickled_a_byte_every_100_ms_ends_at_HttpClient_Timeout(string path)
        {
            await using var server = RawServer.Start("127.0.0.1", async (_, stream, token) =>
            {
                await RawServer.WriteAsync(stream, 200, ["Content-Type: application/json", "Content-Length: 1000"], [], token);
                for (var i = 0; i < 1000; i++)
                {
                    await stream.WriteAsync(" "u8.ToArray(), token);
                    await Task.Delay(100, token);
                }
            });

            await AssertTimesOutAsync(path, server, TimeSpan.FromSeconds(2));
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task Cancelling_a_call_ends_a_stalled_body_read(string path)
        {
            await using var server = RawServer.Start("127.0.0.1", async (_, stream, token) =>
            {
                await RawServer.WriteAsync(stream, 200, ["Content-Type: application/json", "Content-Length: 1000"], """{"images": ["""u8.ToArray(), token);
                await Task.Delay(Timeout.Infinite, token);
            });
            using var client = ClientPaths.Create(path, server.BaseAddress, timeout: Timeout.InfiniteTimeSpan);
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

            var stopwatch = Stopwatch.StartNew();
            var error = await Record.ExceptionAsync(() => client.Client.ListImagesAsync(new ListImagesQuery(), cancellation.Token).WaitAsync(CallLimit));

            Assert.IsAssignableFrom<OperationCanceledException>(error);
            Assert.IsNotType<TimeoutException>(error!.InnerException);
            Assert.InRange(stopwatch.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(3));
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task A_declared_length_far_beyond_the_bytes_sent_costs_memory_for_the_bytes_only(string path)
        {
            // 64 MiB declared, 24 bytes sent, then the connection closes: eight such answers at once.
            var sent = """{"images": [{"id": "a"},"""u8.ToArray();
            Assert.Equal(24, sent.Length);
            await using var server = RawServer.Start("127.0.0.1", (_, stream, token) =>
                RawServer.WriteAsync(stream, 200, ["Content-Type: application/json", $"Content-Length: {64 * MiB}"], sent, token));
            using var client = ClientPaths.Create(path, server.BaseAddress);
            await Assert.ThrowsAsync<HttpRequestException>(() => Call(client)); // warm-up: JIT and connection setup

            var (allocated, largestRent, _) = await MeasureAsync(() => Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            {
                var network = await Assert.ThrowsAsync<HttpRequestException>(() => Call(client));
                Assert.Equal(HttpRequestError.ResponseEnded, network.HttpRequestError);
            })));

            output.WriteLine($"{path}: 8 x 24 bytes declared as 64 MiB: {allocated} bytes allocated, largest pooled buffer {largestRent} bytes");
            Assert.InRange(allocated / 8, 0, MiB);
            Assert.InRange(largestRent, 0, MiB);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task A_declared_length_lets_the_buffer_grow_to_eight_times_the_bytes_sent_and_no_further(string path)
        {
            // 20 KiB sent of 64 MiB declared: the full first buffer of 16 KiB grows to 128 KiB, not to the length.
            var sent = Encoding.UTF8.GetBytes("""{"images": [""" + new string(' ', (20 * 1024) - 12));
            await using var server = RawServer.Start("127.0.0.1", (_, stream, token) =>
                RawServer.WriteAsync(stream, 200, ["Content-Type: application/json", $"Content-Length: {64 * MiB}"], sent, token));
            using var client = ClientPaths.Create(path, server.BaseAddress);
            await Assert.ThrowsAsync<HttpRequestException>(() => Call(client));

            var (_, largestRent, _) = await MeasureAsync(async () =>
            {
                var network = await Assert.ThrowsAsync<HttpRequestException>(() => Call(client));
                Assert.Equal(HttpRequestError.ResponseEnded, network.HttpRequestError);
            });

            output.WriteLine($"{path}: 20 KiB sent of 64 MiB declared: largest pooled buffer {largestRent} bytes");
            Assert.InRange(largestRent, 2L * sent.Length, 8L * sent.Length);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task An_error_body_is_read_for_its_code_and_message_and_no_further(string path)
        {
            // 8 MiB that really arrive; only the first 64 KiB are read.
            var body = Encoding.UTF8.GetBytes("""{"error": {"code": "APIG.0202", "message": "busy"}, "padding": """ + $"\"{new string('x', 8 * 1024 * 1024)}\"}}");
            await using var server = RawServer.Start("127.0.0.1", (_, stream, token) =>
                RawServer.WriteAsync(stream, 503, ["Content-Type: application/json", $"Content-Length: {body.Length}"], body, token));
            using var client = ClientPaths.Create(path, server.BaseAddress);
            await Assert.ThrowsAsync<ApiException>(() => Call(client));

            var (allocated, largestRent, _) = await MeasureAsync(async () =>
            {
                var error = await Assert.ThrowsAsync<ApiException>(() => Call(client));
                Assert.Equal((ApiFailureKind.ErrorStatus, HttpStatusCode.ServiceUnavailable), (error.Kind, error.StatusCode));
                Assert.Equal(("APIG.0202", "busy"), (error.ErrorCode, error.ErrorMessage));
            });

            output.WriteLine($"{path}: an 8 MiB error body: {allocated} bytes allocated, largest pooled buffer {largestRent} bytes");
            Assert.InRange(allocated, 0, MiB);
            Assert.InRange(largestRent, 0, 256 * 1024);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task A_body_that_arrives_costs_memory_in_proportion_to_its_length(string path)
        {
            // 4 MiB of whitespace around an empty page: what the transport costs, without the cost of the objects read.
            var body = Encoding.UTF8.GetBytes("""{"images": []}""" + new string(' ', 4 * 1024 * 1024));
            await using var server = RawServer.Start("127.0.0.1", (_, stream, token) =>
                RawServer.WriteAsync(stream, 200, ["Content-Type: application/json", $"Content-Length: {body.Length}"], body, token));
            using var client = ClientPaths.Create(path, server.BaseAddress);

            var (allocated, largestRent, rents) = await MeasureAsync(async () => Assert.Empty((await Call(client)).Images!));

            // The declared length lets the full buffer grow 16 KiB -> 128 KiB -> 1 MiB -> the length: three steps where
            // doubling takes nine.
            var growth = rents.Where(size => size > 64 * 1024).ToList();
            output.WriteLine($"{path}: a 4 MiB body: {allocated} bytes allocated ({(double)allocated / body.Length:0.00} per byte), "
                + $"largest pooled buffer {largestRent} bytes, rents over 64 KiB: {string.Join(", ", growth)}");
            Assert.InRange(allocated, 0, 6L * body.Length);
            Assert.InRange(largestRent, body.Length + 1, 2L * body.Length);
            Assert.Equal(3, growth.Count);
        }

        [Theory]
        [MemberData(nameof(Paths))]
        public async Task A_body_over_MaxResponseBytes_is_refused_after_reading_one_byte_past_it(string path)
        {
            var body = Encoding.UTF8.GetBytes("""{"images": []}""" + new string(' ', 4 * 1024 * 1024));
            await using var server = RawServer.Start("127.0.0.1", (_, stream, token) =>
                RawServer.WriteAsync(stream, 200, ["Content-Type: application/json", $"Content-Length: {body.Length}"], body, token));
            using var client = ClientPaths.Create(path, server.BaseAddress, maxResponseBytes: (int)MiB);

            var (allocated, largestRent, _) = await MeasureAsync(async () =>
            {
                var error = await Assert.ThrowsAsync<ApiException>(() => Call(client));
                Assert.Equal(ApiFailureKind.ResponseTooLarge, error.Kind);
            });

            output.WriteLine($"{path}: a 4 MiB body over a 1 MiB limit: {allocated} bytes allocated, largest pooled buffer {largestRent} bytes");
            Assert.InRange(allocated, 0, 5 * MiB);
            Assert.InRange(largestRent, 0, 2 * MiB);
        }

        private static Task<ListImagesResponse> Call(BuiltClient client) =>
            client.Client.ListImagesAsync(new ListImagesQuery()).WaitAsync(CallLimit);

        /// <summary>The call ends with what HttpClient throws for its timeout, within a moment of it.</summary>
        private static async Task AssertTimesOutAsync(string path, RawServer server, TimeSpan timeout)
        {
            using var client = ClientPaths.Create(path, server.BaseAddress, timeout: timeout);

            var stopwatch = Stopwatch.StartNew();
            var error = await Record.ExceptionAsync(() => Call(client));

            var cancelled = Assert.IsType<TaskCanceledException>(error);
            Assert.IsType<TimeoutException>(cancelled.InnerException);
            Assert.Contains($"HttpClient.Timeout of {timeout.TotalSeconds} seconds", cancelled.Message, StringComparison.Ordinal);
            Assert.InRange(stopwatch.Elapsed, timeout - TimeSpan.FromMilliseconds(50), timeout + TimeSpan.FromSeconds(2));
        }

        private static async Task<(long Allocated, long LargestRent, IReadOnlyList<int> Rents)> MeasureAsync(Func<Task> call)
        {
            using var pool = new ArrayPoolWatch();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            await call();
            return (GC.GetTotalAllocatedBytes(precise: true) - before, pool.LargestRented, pool.Sizes.ToList());
        }
    }
}
