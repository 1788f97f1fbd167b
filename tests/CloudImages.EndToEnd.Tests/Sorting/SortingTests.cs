using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Expected;

namespace CloudImages.EndToEnd.Tests
{
    [Collection(CatalogueCollection.Name)]
    public sealed class SortingTests(CatalogueFixture fixture)
    {
        public static TheoryData<string, string> Orders()
        {
            var data = new TheoryData<string, string>();
            foreach (var key in ImageSortKey.KnownValues)
            {
                foreach (var direction in SortDirection.KnownValues)
                {
                    data.Add(key.Value, direction.Value);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Orders))]
        public async Task Results_follow_the_sort_key_then_the_id_in_the_sort_direction(string key, string direction)
        {
            var query = new ListImagesQuery { SortKey = key, SortDir = direction, Limit = 1000 };
            var expected = Sorted(fixture.Catalogue.Images.Where(ListedByDefault), key, direction == "desc").Select(i => i.Id).ToList();

            var actual = await fixture.Client.ListAllImagesAsync(query).Select(i => i.Id!).ToListAsync();

            Assert.Equal(expected, actual);
        }

        [Fact]
        public async Task Without_sort_or_limit_the_first_page_is_500_images_by_created_at_descending()
        {
            var expected = Sorted(fixture.Catalogue.Images.Where(ListedByDefault)).Select(i => i.Id).Take(500).ToList();

            var page = await fixture.Client.ListImagesAsync(new ListImagesQuery());

            Assert.Equal(expected, page.Images!.Select(i => i.Id));
        }

        [Fact]
        public void The_catalogue_has_ties_so_the_id_tie_break_is_exercised()
        {
            var listed = fixture.Catalogue.Images.Where(ListedByDefault).ToList();

            Assert.Contains(listed.GroupBy(i => i.CreatedAt), g => g.Count() > 1);
            Assert.Contains(listed.GroupBy(i => i.Name), g => g.Count() > 1);
            Assert.Contains(listed.GroupBy(i => i.Status), g => g.Count() > 1);
        }
    }
}
