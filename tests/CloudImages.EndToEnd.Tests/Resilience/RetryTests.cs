using System.Net;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;
using Microsoft.Extensions.DependencyInjection;
using static CloudImages.EndToEnd.Tests.Expected;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The standard resilience handler after AddCloudImagesClient, for GETs only: up to 3 retries on
    /// 429, 5xx and network failures, honouring Retry-After, then a typed error.</summary>
    public sealed class RetryTests : IAsyncLifetime
    {
        private ImsEmulator _ims = null!;

        public async Task InitializeAsync() => _ims = await ImsEmulator.StartAsync(new() { Catalogue = { GeneratedImageCount = 300 } });

        public async Task DisposeAsync() => await _ims.DisposeAsync();

        public static TheoryData<string> RecoverableFaults => new() { "503", "429", "drop", "truncate" };

        [Theory]
        [MemberData(nameof(RecoverableFaults))]
        public async Task Three_faults_in_a_row_are_retried_and_recovered(string fault)
        {
            _ims.Faults.Enqueue(Fault(fault), times: 3);
            using var client = TestClient.Create(_ims.BaseAddress);

            var page = await client.Client.ListImagesAsync(new ListImagesQuery { Limit = 10 });

            Assert.Equal(10, page.Images!.Count);
            Assert.Equal(4, _ims.RequestCount);
        }

        [Theory]
        [MemberData(nameof(RecoverableFaults))]
        public async Task A_fourth_fault_gives_up(string fault)
        {
            _ims.Faults.Enqueue(Fault(fault), times: 4);
            using var client = TestClient.Create(_ims.BaseAddress);

            var error = await Record.ExceptionAsync(() => client.Client.ListImagesAsync(new ListImagesQuery { Limit = 10 }));

            Assert.Equal(4, _ims.RequestCount);
            switch (fault)
            {
                case "503" or "429":
                    var api = Assert.IsType<ApiException>(error);
                    Assert.Equal(fault == "503" ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.TooManyRequests, api.StatusCode);
                    Assert.Equal(fault == "503" ? "APIG.0202" : "APIG.0308", api.ErrorCode);
                    Assert.NotNull(api.RequestId);
                    break;
                default:
                    Assert.IsType<HttpRequestException>(error);
                    break;
            }
        }

        [Fact]
        public async Task Retry_after_sets_the_delay()
        {
            var delays = new List<TimeSpan>();
            _ims.Faults.Enqueue(ImsFault.TooManyRequests(retryAfterSeconds: 1));
            using var client = TestClient.Create(_ims.BaseAddress, resilience: r => r.Retry.OnRetry = args =>
            {
                delays.Add(args.RetryDelay);
                return ValueTask.CompletedTask;
            });

            await client.Client.ListImagesAsync(new ListImagesQuery { Limit = 1 });

            Assert.Equal(new[] { TimeSpan.FromSeconds(1) }, delays);
        }

        [Fact]
        public async Task Without_retry_after_the_backoff_grows_exponentially()
        {
            var delays = new List<TimeSpan>();
            _ims.Faults.Enqueue(ImsFault.ServiceUnavailable, times: 3);
            using var client = TestClient.Create(_ims.BaseAddress, resilience: r =>
            {
                r.Retry.Delay = TimeSpan.FromMilliseconds(20);
                r.Retry.UseJitter = false;
                r.Retry.OnRetry = args =>
                {
                    delays.Add(args.RetryDelay);
                    return ValueTask.CompletedTask;
                };
            });

            await client.Client.ListImagesAsync(new ListImagesQuery { Limit = 1 });

            Assert.Equal(new[] { 20, 40, 80 }.Select(ms => TimeSpan.FromMilliseconds(ms)), delays);
        }

        [Fact]
        public async Task A_slow_attempt_times_out_and_is_retried()
        {
            _ims.Faults.Enqueue(ImsFault.Slow(TimeSpan.FromMinutes(5)));
            using var client = TestClient.Create(_ims.BaseAddress, resilience: r => r.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(500));

            var page = await client.Client.ListImagesAsync(new ListImagesQuery { Limit = 3 });

            Assert.Equal(3, page.Images!.Count);
            Assert.Equal(2, _ims.RequestCount);
        }

        [Fact]
        public async Task A_500_that_persists_surfaces_with_its_code_after_the_retries()
        {
            _ims.Faults.Enqueue(ImsFault.Status(HttpStatusCode.InternalServerError), times: 4);
            using var client = TestClient.Create(_ims.BaseAddress);

            var error = await Assert.ThrowsAsync<ApiException>(() => client.Client.ListImagesAsync(new ListImagesQuery()));

            Assert.Equal("IMG.0061", error.ErrorCode);
            Assert.Equal(4, _ims.RequestCount);
        }

        [Fact]
        public async Task Only_GETs_are_retried()
        {
            _ims.Faults.Enqueue(ImsFault.ServiceUnavailable, times: 2);
            using var client = TestClient.Create(_ims.BaseAddress);
            using var http = client.CreateRawClient();

            using var response = await http.PostAsync("v2/cloudimages", new StringContent("{}"));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(1, _ims.RequestCount);
        }

        [Fact]
        public async Task Without_the_buffering_handler_a_cut_body_escapes_the_retries()
        {
            // The pitfall ResponseBufferingHandler exists for: the client reads bodies after the handlers return.
            _ims.Faults.Enqueue(ImsFault.TruncatedBody);
            var services = new ServiceCollection();
            services.AddHttpClient<CloudImagesClient>(http => http.BaseAddress = _ims.BaseAddress).AddStandardResilienceHandler(); // no AddCloudImagesClient
            using var provider = services.BuildServiceProvider();

            var error = await Record.ExceptionAsync(() => provider.GetRequiredService<CloudImagesClient>().ListImagesAsync(new ListImagesQuery()));

            // The same typed failure as through the handler, but thrown after the retries have let go of the call.
            Assert.Equal(HttpRequestError.ResponseEnded, Assert.IsType<HttpRequestException>(error).HttpRequestError);
            Assert.Equal(1, _ims.RequestCount);
        }

        [Fact]
        public async Task Paging_through_random_faults_still_returns_every_image_once()
        {
            await using var ims = await ImsEmulator.StartAsync(new()
            {
                Faults = new ImsFaultOptions
                {
                    ServiceUnavailableRate = 0.10,
                    TooManyRequestsRate = 0.05,
                    RetryAfterSeconds = 0,
                    DropConnectionRate = 0.05,
                    TruncatedBodyRate = 0.05,
                    Seed = 7,
                },
            });
            using var client = TestClient.Create(ims.BaseAddress, resilience: r => r.Retry.MaxRetryAttempts = 8);
            var expected = Sorted(ims.Catalogue.Images.Where(ListedByDefault)).Select(i => i.Id).ToList();

            var actual = await client.Client.ListAllImagesAsync(new ListImagesQuery { Limit = 100 }).Select(i => i.Id!).ToListAsync();

            Assert.Equal(expected, actual);
            Assert.True(ims.Faults.InjectedCount > 0);
            Assert.Equal((expected.Count / 100) + 1 + ims.Faults.InjectedCount, ims.RequestCount);
        }

        private static ImsFault Fault(string name) => name switch
        {
            "503" => ImsFault.ServiceUnavailable,
            "429" => ImsFault.TooManyRequests(retryAfterSeconds: 0),
            "drop" => ImsFault.DropConnection,
            "truncate" => ImsFault.TruncatedBody,
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }
}
