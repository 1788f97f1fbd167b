using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Expected;

namespace CloudImages.EndToEnd.Tests
{
    [Collection(CatalogueCollection.Name)]
    public sealed class PaginationTests(CatalogueFixture fixture)
    {
        [Theory]
        [InlineData("created_at", "desc")]
        [InlineData("name", "asc")]
        [InlineData("size", "desc")]
        public async Task Paging_with_limit_100_returns_the_whole_catalogue_in_order_once(string key, string direction)
        {
            var expected = Sorted(fixture.Catalogue.Images.Where(ListedByDefault), key, direction == "desc").Select(i => i.Id).ToList();
            var requestsBefore = fixture.Ims.RequestCount;

            var actual = await fixture.Client.ListAllImagesAsync(new ListImagesQuery { Limit = 100, SortKey = key, SortDir = direction }).Select(i => i.Id!).ToListAsync();

            Assert.True(expected.Count > 2000, $"The catalogue lists only {expected.Count} images.");
            Assert.Equal(expected, actual);
            Assert.Equal((expected.Count / 100) + 1, fixture.Ims.RequestCount - requestsBefore);
        }

        [Fact]
        public async Task A_page_starts_right_after_the_marker()
        {
            var order = Sorted(fixture.Catalogue.Images.Where(ListedByDefault), "name", descending: false).ToList();
            var marker = order[700];

            var page = await fixture.Client.ListImagesAsync(new ListImagesQuery { SortKey = ImageSortKey.Name, SortDir = SortDirection.Ascending, Marker = marker.Id, Limit = 25 });

            Assert.Equal(order.Skip(701).Take(25).Select(i => i.Id), page.Images!.Select(i => i.Id));
        }

        [Fact]
        public async Task The_last_page_is_short_and_a_marker_at_the_end_gives_an_empty_page()
        {
            var order = Sorted(fixture.Catalogue.Images.Where(ListedByDefault)).ToList();

            var last = await fixture.Client.ListImagesAsync(new ListImagesQuery { Marker = order[^4].Id, Limit = 10 });
            var empty = await fixture.Client.ListImagesAsync(new ListImagesQuery { Marker = order[^1].Id, Limit = 10 });

            Assert.Equal(order.TakeLast(3).Select(i => i.Id), last.Images!.Select(i => i.Id));
            Assert.Empty(empty.Images!);
        }

        [Fact]
        public async Task Filters_and_paging_combine()
        {
            var expected = Sorted(fixture.Catalogue.Images.Where(i => ListedByDefault(i) && i.Visibility == "private")).Select(i => i.Id).ToList();

            var actual = await fixture.Client.ListAllImagesAsync(new ListImagesQuery { Visibility = Visibility.Private, Limit = 37 }).Select(i => i.Id!).ToListAsync();

            Assert.Equal(expected, actual);
        }
    }
}
