using System.Net;
using System.Text;
using System.Web;
using CloudImages.Generators.Tests.Infrastructure;
using CloudImages.Ims;
using CloudImages.Runtime;
using Xunit;

namespace CloudImages.Generators.Tests.Client;

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
