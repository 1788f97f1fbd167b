using System.Diagnostics;
using CloudImages.Emulator;
using CloudImages.Ims;
using Xunit.Abstractions;

namespace CloudImages.EndToEnd.Tests
{
    public sealed class CancellationTests(ITestOutputHelper output)
    {
        [Fact]
        public async Task Cancelling_while_a_page_is_in_flight_stops_the_enumeration_and_the_request()
        {
            await using var ims = await ImsEmulator.StartAsync();
            using var client = TestClient.Create(ims.BaseAddress);
            using var cancellation = new CancellationTokenSource();
            var read = 0;
            var stopwatch = new Stopwatch();

            // The second page hangs far longer than the test would wait: only cancellation can end it.
            var enumeration = Task.Run(async () =>
            {
                await foreach (var image in client.Client.ListAllImagesAsync(new ListImagesQuery { Limit = 100 }, cancellation.Token))
                {
                    if (++read == 100)
                    {
                        ims.Faults.Enqueue(ImsFault.Slow(TimeSpan.FromMinutes(5)));
                    }
                }
            });
            await WaitUntilAsync(() => ims.RequestCount == 2);

            // Measured on the thread pool: resuming on the test framework's own context can wait on its scheduling.
            var finished = await Task.Run(async () =>
            {
                stopwatch.Start();
                cancellation.Cancel();
                var first = await Task.WhenAny(enumeration, Task.Delay(TimeSpan.FromSeconds(30))).ConfigureAwait(false);
                stopwatch.Stop();
                return first;
            });

            Assert.Same(enumeration, finished);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => enumeration);
            Assert.Equal(100, read);
            await WaitUntilAsync(() => ims.AbandonedRequestCount == 1);
            output.WriteLine($"Cancellation to exception: {stopwatch.Elapsed.TotalMilliseconds:0.0} ms");
        }

        [Fact]
        public async Task Cancelling_between_pages_sends_no_further_request()
        {
            await using var ims = await ImsEmulator.StartAsync();
            using var client = TestClient.Create(ims.BaseAddress);
            using var cancellation = new CancellationTokenSource();
            var read = 0;

            var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var image in client.Client.ListAllImagesAsync(new ListImagesQuery { Limit = 100 }, cancellation.Token))
                {
                    if (++read == 150)
                    {
                        await cancellation.CancelAsync();
                    }
                }
            });

            Assert.Equal(cancellation.Token, error.CancellationToken);
            Assert.Equal(150, read);
            Assert.Equal(2, ims.RequestCount);
        }

        private static async Task WaitUntilAsync(Func<bool> condition)
        {
            for (var waited = 0; !condition(); waited += 10)
            {
                Assert.True(waited < 10_000, "The condition did not come true within 10 s.");
                await Task.Delay(10);
            }
        }
    }
}
