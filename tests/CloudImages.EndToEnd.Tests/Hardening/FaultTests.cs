using System.Diagnostics;
using System.Net;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;
using Xunit.Abstractions;
using static CloudImages.EndToEnd.Tests.Expected;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>Faults on the paging path: a page that fails past the retries is an error, never a gap, and nothing
    /// waits synchronously on async work.</summary>
    [Collection(nameof(Exclusive))]
    public sealed class FaultTests(ITestOutputHelper output)
    {
        [Theory]
        [InlineData("503")]
        [InlineData("429")]
        [InlineData("reset")]
        [InlineData("timeout")]
        public async Task A_page_that_fails_past_the_retries_surfaces_and_nothing_after_it_is_returned(string fault)
        {
            await using var ims = await ImsEmulator.StartAsync(new() { Catalogue = { GeneratedImageCount = 600 } });
            using var client = TestClient.Create(ims.BaseAddress, resilience: r => r.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(300));
            var expected = Sorted(ims.Catalogue.Images.Where(ListedByDefault)).Select(i => i.Id).ToList();
            var seen = new List<string>();

            var error = await Record.ExceptionAsync(async () =>
            {
                await foreach (var image in client.Client.ListAllImagesAsync(new ListImagesQuery { Limit = 100 }))
                {
                    seen.Add(image.Id!);
                    if (seen.Count == 200)
                    {
                        // The third page fails on its first attempt and on all three retries.
                        ims.Faults.Enqueue(Fault(fault), times: 4);
                    }
                }
            });

            // What the last attempt ended with: the status, a reset, or the resilience pipeline's attempt timeout.
            Assert.True(error is ApiException or HttpRequestException or Polly.Timeout.TimeoutRejectedException, $"{fault}: {error}");
            if (error is ApiException api)
            {
                Assert.Equal(fault == "503" ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.TooManyRequests, api.StatusCode);
            }

            Assert.Equal(expected.Take(200), seen);
            Assert.Equal(2 + 4, ims.RequestCount);
        }

        [Fact]
        public async Task Paging_through_faults_on_a_single_threaded_context_never_deadlocks()
        {
            await using var ims = await ImsEmulator.StartAsync(new()
            {
                Catalogue = { GeneratedImageCount = 1000 },
                Faults = new ImsFaultOptions { ServiceUnavailableRate = 0.15, TooManyRequestsRate = 0.1, RetryAfterSeconds = 0, TruncatedBodyRate = 0.1, Seed = 3 },
            });
            using var client = TestClient.Create(ims.BaseAddress, resilience: r => r.Retry.MaxRetryAttempts = 10);
            var count = 0;

            var (context, run) = SingleThreadContext.Run(async () =>
            {
                await foreach (var _ in client.Client.ListAllImagesAsync(new ListImagesQuery { Limit = 50 }))
                {
                    count++;
                }
            });
            using (context)
            {
                var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
                Assert.Same(run, finished);
                await run;
            }

            Assert.Equal(ims.Catalogue.Images.Count(ListedByDefault), count);
            Assert.True(ims.Faults.InjectedCount > 0);
        }

        [Fact]
        public async Task Waiting_on_slow_pages_takes_no_threads()
        {
            // Sync-over-async would park one pool thread per waiting request, and the pool would have to grow.
            await using var ims = await ImsEmulator.StartAsync(new()
            {
                Catalogue = { GeneratedImageCount = 400 },
                Faults = new ImsFaultOptions { SlowResponseRate = 1, SlowResponseDelay = TimeSpan.FromMilliseconds(200), Seed = 5 },
            });
            using var client = TestClient.Create(ims.BaseAddress, retries: false);
            var before = ThreadPool.ThreadCount;
            var peak = before;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, ThreadPool.ThreadCount);
                    await Task.Delay(5);
                }
            });

            var stopwatch = Stopwatch.StartNew();
            var counts = await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ =>
            {
                var n = 0;
                await foreach (var image in client.Client.ListAllImagesAsync(new ListImagesQuery { Limit = 200 }))
                {
                    n++;
                }

                return n;
            }));
            stopwatch.Stop();
            await sampling.CancelAsync();
            await sampler;

            output.WriteLine($"64 enumerations x 2 slow pages in {stopwatch.ElapsedMilliseconds} ms; pool threads {before} -> peak {peak}");
            Assert.All(counts, n => Assert.Equal(ims.Catalogue.Images.Count(ListedByDefault), n));
            Assert.True(peak - before < 32, $"the pool grew from {before} to {peak} threads while 64 requests waited");
        }

        private static ImsFault Fault(string name) => name switch
        {
            "503" => ImsFault.ServiceUnavailable,
            "429" => ImsFault.TooManyRequests(retryAfterSeconds: 0),
            "reset" => ImsFault.TruncatedBody,
            "timeout" => ImsFault.Slow(TimeSpan.FromSeconds(30)),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }

    /// <summary>Tests that watch process-wide figures (threads) run alone.</summary>
    [CollectionDefinition(nameof(Exclusive), DisableParallelization = true)]
    public sealed class Exclusive
    {
    }
}
