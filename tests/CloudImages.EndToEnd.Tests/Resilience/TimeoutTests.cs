using System.Diagnostics;
using CloudImages.Emulator;
using CloudImages.Ims;
using Polly.Timeout;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>Where the README's timeouts take effect. With the standard resilience handler, its attempt and total
    /// request timeouts govern, and the handler sets HttpClient.Timeout to infinite, so CloudImagesClientOptions.Timeout
    /// has no effect; without a resilience handler, that Timeout is HttpClient.Timeout and bounds each request.</summary>
    public sealed class TimeoutTests : IAsyncLifetime
    {
        private ImsEmulator _ims = null!;

        public async Task InitializeAsync() => _ims = await ImsEmulator.StartAsync(new() { Catalogue = { GeneratedImageCount = 50 } });

        public async Task DisposeAsync() => await _ims.DisposeAsync();

        [Fact]
        public async Task The_total_request_timeout_of_the_resilience_options_ends_the_retries()
        {
            _ims.Faults.Enqueue(ImsFault.Slow(TimeSpan.FromMinutes(5)), times: 10);
            using var client = TestClient.Create(_ims.BaseAddress, resilience: r =>
            {
                r.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(300);
                r.TotalRequestTimeout.Timeout = TimeSpan.FromMilliseconds(800);
            });
            var clock = Stopwatch.StartNew();

            await Assert.ThrowsAsync<TimeoutRejectedException>(() => client.Client.ListImagesAsync(new ListImagesQuery { Limit = 1 }));

            // Ended by the total timeout (800 ms) before the retries ran out: four attempts would take 1.2 s.
            Assert.InRange(_ims.RequestCount, 1, 3);
            Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(700), TimeSpan.FromSeconds(10));
        }

        [Fact]
        public void The_standard_resilience_handler_turns_HttpClient_Timeout_off_so_the_options_Timeout_does_nothing()
        {
            using var client = TestClient.Create(_ims.BaseAddress, configure: o => o.Timeout = TimeSpan.FromMilliseconds(500));

            Assert.Equal(Timeout.InfiniteTimeSpan, client.Client.HttpClient.Timeout);
        }

        [Fact]
        public async Task Without_a_resilience_handler_the_options_Timeout_is_HttpClient_Timeout_and_ends_the_request()
        {
            _ims.Faults.Enqueue(ImsFault.Slow(TimeSpan.FromMinutes(5)), times: 10);
            using var client = TestClient.Create(_ims.BaseAddress, configure: o => o.Timeout = TimeSpan.FromMilliseconds(500), retries: false);
            var clock = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<TaskCanceledException>(() => client.Client.ListImagesAsync(new ListImagesQuery { Limit = 1 }));

            Assert.IsType<TimeoutException>(error.InnerException);
            Assert.Equal(TimeSpan.FromMilliseconds(500), client.Client.HttpClient.Timeout);
            Assert.Equal(1, _ims.RequestCount);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        }
    }
}
