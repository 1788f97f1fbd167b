using System.Net;
using System.Text;
using System.Web;
using CloudImages.Generators.Tests.Infrastructure;
using CloudImages.Ims;
using CloudImages.Runtime;
using Xunit;

namespace CloudImages.Generators.Tests.Client
{
    /// <summary>ListAllImagesAsync follows the marker through a server that pages by marker and limit.</summary>
    public class PaginationTests
    {
        private static readonly string[] Ids = Enumerable.Range(0, 1234).Select(i => $"img-{i:D5}").ToArray();

        [Theory]
        [InlineData(100)]
        [InlineData(617)]
        [InlineData(1234)]
        [InlineData(2000)]
        public async Task Every_image_comes_once_in_server_order(int limit)
        {
            var server = new PagingServer(Ids);
            var client = new CloudImagesClient(server.Handler.Client());

            var seen = new List<string>();
            await foreach (var image in client.ListAllImagesAsync(new ListImagesQuery { Limit = limit }))
            {
                seen.Add(image.Id!);
            }

            Assert.Equal(Ids, seen);
            // Full pages, then one short or empty page that ends the listing.
            Assert.Equal((Ids.Length / limit) + 1, server.Handler.Requests.Count);
        }

        [Fact]
        public async Task Without_a_limit_the_documented_default_of_500_decides_where_a_page_is_short()
        {
            var server = new PagingServer(Ids, serverDefault: 500);
            var client = new CloudImagesClient(server.Handler.Client());

            var count = 0;
            await foreach (var _ in client.ListAllImagesAsync(new ListImagesQuery()))
            {
                count++;
            }

            Assert.Equal(Ids.Length, count);
            Assert.Equal(3, server.Handler.Requests.Count);
            Assert.DoesNotContain(server.Handler.Requests, r => r.RequestUri!.Query.Contains("limit", StringComparison.Ordinal));
        }

        [Fact]
        public async Task The_query_filters_are_kept_on_every_page()
        {
            var server = new PagingServer(Ids);
            var client = new CloudImagesClient(server.Handler.Client());

            await foreach (var _ in client.ListAllImagesAsync(new ListImagesQuery { Limit = 500, ImageType = ImageType.Private }))
            {
            }

            Assert.All(server.Handler.Requests, r => Assert.Contains("__imagetype=private", r.RequestUri!.Query, StringComparison.Ordinal));
            Assert.Equal(["", "img-00499", "img-00999"], server.Handler.Requests.Select(r => HttpUtility.ParseQueryString(r.RequestUri!.Query)["marker"] ?? ""));
        }

        [Fact]
        public async Task A_failing_page_surfaces_and_is_never_skipped()
        {
            var server = new PagingServer(Ids) { FailOnPage = 3 };
            var client = new CloudImagesClient(server.Handler.Client());
            var seen = new List<string>();

            var error = await Assert.ThrowsAsync<ApiException>(async () =>
            {
                await foreach (var image in client.ListAllImagesAsync(new ListImagesQuery { Limit = 100 }))
                {
                    seen.Add(image.Id!);
                }
            });

            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
            Assert.Equal(Ids.Take(200), seen);
        }

        [Fact]
        public async Task A_server_that_does_not_advance_the_marker_is_an_error_not_a_loop()
        {
            var handler = new StubHandler(_ => StubHandler.Json("""{"images":[{"id":"same"},{"id":"same"}]}"""));
            var client = new CloudImagesClient(handler.Client());

            var error = await Assert.ThrowsAsync<ApiException>(async () =>
            {
                await foreach (var _ in client.ListAllImagesAsync(new ListImagesQuery { Limit = 2 }))
                {
                }
            });

            Assert.Equal(ApiFailureKind.PaginationStalled, error.Kind);
            Assert.Equal(2, handler.Requests.Count);
        }

        [Fact]
        public async Task Cancelling_between_pages_stops_the_enumeration()
        {
            var server = new PagingServer(Ids);
            var client = new CloudImagesClient(server.Handler.Client());
            using var cancellation = new CancellationTokenSource();
            var seen = 0;

            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var _ in client.ListAllImagesAsync(new ListImagesQuery { Limit = 100 }, cancellation.Token))
                {
                    if (++seen == 150)
                    {
                        cancellation.Cancel();
                    }
                }
            });

            Assert.Equal(150, seen);
            Assert.Equal(2, server.Handler.Requests.Count);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task A_token_given_through_WithCancellation_stops_the_enumeration_too(bool alsoAListingToken)
        {
            var server = new PagingServer(Ids);
            var client = new CloudImagesClient(server.Handler.Client());
            using var listing = new CancellationTokenSource();
            using var enumeration = new CancellationTokenSource();
            var images = client.ListAllImagesAsync(new ListImagesQuery { Limit = 100 }, alsoAListingToken ? listing.Token : default);
            var seen = 0;

            var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var _ in images.WithCancellation(enumeration.Token))
                {
                    if (++seen == 150)
                    {
                        enumeration.Cancel();
                    }
                }
            });

            Assert.True(error.CancellationToken.IsCancellationRequested);
            Assert.False(listing.IsCancellationRequested);
            Assert.Equal(150, seen);
            Assert.Equal(2, server.Handler.Requests.Count);
        }

        [Fact]
        public async Task Cancelling_mid_page_fails_the_next_MoveNextAsync_task_and_ends_the_listing()
        {
            var server = new PagingServer(Ids);
            var client = new CloudImagesClient(server.Handler.Client());
            using var cancellation = new CancellationTokenSource();
            await using var enumerator = client.ListAllImagesAsync(new ListImagesQuery { Limit = 100 }, cancellation.Token)
                .GetAsyncEnumerator();
            Assert.True(await enumerator.MoveNextAsync());

            await cancellation.CancelAsync();
            var next = enumerator.MoveNextAsync();

            var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await next);
            Assert.Equal(cancellation.Token, error.CancellationToken);
            Assert.False(await enumerator.MoveNextAsync());
            Assert.Single(server.Handler.Requests);
        }

        [Fact]
        public async Task An_enumerator_that_ended_stays_ended()
        {
            var server = new PagingServer(Ids);
            var client = new CloudImagesClient(server.Handler.Client());
            await using var enumerator = client.ListAllImagesAsync(new ListImagesQuery { Limit = 1000 }).GetAsyncEnumerator();
            var count = 0;
            while (await enumerator.MoveNextAsync())
            {
                count++;
            }

            Assert.Equal(Ids.Length, count);
            Assert.False(await enumerator.MoveNextAsync());
            Assert.Equal(2, server.Handler.Requests.Count);
        }

        [Theory]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(7)]
        public async Task Pages_that_cycle_end_the_listing_with_an_error_and_no_item_twice(int cycle)
        {
            // Page k (0-based) holds ids k-0 and k-1 and, after the last page of the cycle, the first page comes again.
            var handler = new StubHandler(request =>
            {
                var marker = HttpUtility.ParseQueryString(request.RequestUri!.Query)["marker"];
                var k = marker is null ? 0 : (int.Parse(marker.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture) + 1) % cycle;
                return StubHandler.Json($$"""{"images":[{"id":"{{k}}-0"},{"id":"{{k}}-1"}]}""");
            });
            var client = new CloudImagesClient(handler.Client());
            var seen = new List<string>();

            var error = await Assert.ThrowsAsync<ApiException>(async () =>
            {
                await foreach (var image in client.ListAllImagesAsync(new ListImagesQuery { Limit = 2 }))
                {
                    seen.Add(image.Id!);
                }
            });

            Assert.Equal(ApiFailureKind.PaginationStalled, error.Kind);
            Assert.Equal(cycle + 1, handler.Requests.Count);
            Assert.Equal(Enumerable.Range(0, cycle).SelectMany(k => new[] { $"{k}-0", $"{k}-1" }), seen);
            Assert.Contains("repeat", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_page_repeated_forever_yields_its_items_once()
        {
            var handler = new StubHandler(_ => StubHandler.Json("""{"images":[{"id":"a"},{"id":"b"},{"id":"c"}]}"""));
            var client = new CloudImagesClient(handler.Client());
            var seen = new List<string>();

            var error = await Assert.ThrowsAsync<ApiException>(async () =>
            {
                await foreach (var image in client.ListAllImagesAsync(new ListImagesQuery { Limit = 3 }))
                {
                    seen.Add(image.Id!);
                }
            });

            Assert.Equal(ApiFailureKind.PaginationStalled, error.Kind);
            Assert.Equal(["a", "b", "c"], seen);
            Assert.Equal(2, handler.Requests.Count);
        }

        [Fact]
        public async Task A_marker_the_query_started_from_is_not_a_page_end_again()
        {
            var handler = new StubHandler(_ => StubHandler.Json("""{"images":[{"id":"a"},{"id":"start"}]}"""));
            var client = new CloudImagesClient(handler.Client());

            var error = await Assert.ThrowsAsync<ApiException>(async () =>
            {
                await foreach (var _ in client.ListAllImagesAsync(new ListImagesQuery { Limit = 2, Marker = "start" }))
                {
                }
            });

            Assert.Equal(ApiFailureKind.PaginationStalled, error.Kind);
            Assert.Single(handler.Requests);
        }

        [Fact]
        public async Task Items_a_later_page_repeats_are_skipped()
        {
            var handler = new StubHandler(request => StubHandler.Json(HttpUtility.ParseQueryString(request.RequestUri!.Query)["marker"] switch
            {
                null => """{"images":[{"id":"a"},{"id":"b"},{"id":"c"}]}""",
                "c" => """{"images":[{"id":"b"},{"id":"c"},{"id":"d"}]}""",
                _ => """{"images":[]}""",
            }));
            var client = new CloudImagesClient(handler.Client());
            var seen = new List<string>();

            await foreach (var image in client.ListAllImagesAsync(new ListImagesQuery { Limit = 3 }))
            {
                seen.Add(image.Id!);
            }

            Assert.Equal(["a", "b", "c", "d"], seen);
            Assert.Equal(3, handler.Requests.Count);
        }

        [Theory]
        [InlineData("""{"images":{}}""")]
        [InlineData("""{"images":null}""")]
        [InlineData("""{"images":[{"id":"x"},null]}""")]
        [InlineData("""{"images":[{"id":"x"},"text"]}""")]
        [InlineData("""{"imagez":[{"id":"x"}]}""")]
        [InlineData("""{"error":{"code":"IMG.0001","message":"wrong"}}""")]
        [InlineData("""{"error_code":"APIG.0308","error_msg":"throttled"}""")]
        public async Task A_page_that_is_not_a_valid_page_fails_the_listing_instead_of_ending_it(string secondPage)
        {
            var handler = new StubHandler(request => StubHandler.Json(
                HttpUtility.ParseQueryString(request.RequestUri!.Query)["marker"] is null
                    ? """{"images":[{"id":"a"},{"id":"b"}]}"""
                    : secondPage));
            var client = new CloudImagesClient(handler.Client());
            var seen = new List<string>();

            var error = await Assert.ThrowsAsync<ApiException>(async () =>
            {
                await foreach (var image in client.ListAllImagesAsync(new ListImagesQuery { Limit = 2 }))
                {
                    seen.Add(image.Id!);
                }
            });

            Assert.Equal(ApiFailureKind.InvalidResponse, error.Kind);
            Assert.Equal(["a", "b"], seen);
            Assert.Equal(2, handler.Requests.Count);
            Assert.Contains("Page 2 has no valid 'images' array", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_null_query_is_refused_when_the_listing_is_asked_for()
        {
            var client = new CloudImagesClient(new StubHandler(_ => StubHandler.Json("{}")).Client());

            Assert.Throws<ArgumentNullException>(() => client.ListAllImagesAsync(null!));
        }

        /// <summary>Pages by marker and limit the way IMS does: items after the marker, at most limit of them.</summary>
        private sealed class PagingServer
        {
            private int _pages;

            public PagingServer(string[] ids, int serverDefault = 500)
            {
                Handler = new StubHandler(request =>
                {
                    if (++_pages == FailOnPage)
                    {
                        return StubHandler.Json("""{"error":{"code":"IMG.0061","message":"busy"}}""", HttpStatusCode.ServiceUnavailable);
                    }

                    var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
                    var limit = query["limit"] is { } l ? int.Parse(l, System.Globalization.CultureInfo.InvariantCulture) : serverDefault;
                    var start = query["marker"] is { } marker ? Array.IndexOf(ids, marker) + 1 : 0;
                    var page = ids.Skip(start).Take(limit);
                    var body = new StringBuilder("{\"images\":[");
                    body.AppendJoin(',', page.Select(id => $"{{\"id\":\"{id}\",\"size\":9056976896}}"));
                    return StubHandler.Json(body.Append("]}").ToString());
                });
            }

            public StubHandler Handler { get; }

            public int FailOnPage { get; init; } = -1;
        }
    }
}
