using System.Reflection;
using CloudImages.Ims;
using CloudImages.Runtime.Metadata;
using static CloudImages.EndToEnd.Tests.Expected;

namespace CloudImages.EndToEnd.Tests
{
    [Collection(CatalogueCollection.Name)]
    public sealed class FilterTests(CatalogueFixture fixture)
    {
        /// <summary>The parameters that order and page rather than filter; SortingTests and PaginationTests cover them.</summary>
        private static readonly string[] OrderAndPaging = { "marker", "limit", "sort_key", "sort_dir" };

        public static TheoryData<string> Cases => new(FilterCases.All.Select(c => c.ToString()));

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task Filter_returns_exactly_the_catalogue_images_that_match(string caseName)
        {
            var setup = FilterCases.Find(caseName).Build(fixture.Catalogue);
            var expected = fixture.Catalogue.Images.Where(setup.Oracle).Select(i => i.Id).Order(StringComparer.Ordinal).ToList();

            var actual = await fixture.Client.ListAllImagesAsync(setup.Query with { Limit = 1000 }).Select(i => i.Id!).ToListAsync();

            Assert.Equal(expected, actual.Order(StringComparer.Ordinal));
            Assert.NotEmpty(expected);
            if (setup.Narrows)
            {
                Assert.True(expected.Count < fixture.Catalogue.Images.Count(ListedByDefault), "The case does not narrow the listing.");
            }
        }

        [Fact]
        public void Every_documented_parameter_is_covered()
        {
            var documented = typeof(ListImagesQuery).GetProperties()
                .Select(p => p.GetCustomAttribute<ApiParameterAttribute>()?.WireName)
                .OfType<string>()
                .ToHashSet();
            var covered = FilterCases.All.Select(c => c.Parameter).Concat(OrderAndPaging).ToHashSet();

            Assert.Equal(36, documented.Count);
            Assert.Equal(documented.Order(), covered.Order());
        }

        [Fact]
        public async Task Filters_combine_as_a_conjunction()
        {
            var query = new ListImagesQuery { Visibility = Visibility.Private, Platform = Platform.Ubuntu, OsBit = OsBit.Bit64, Status = ImageStatus.Active };
            var expected = fixture.Catalogue.Images
                .Where(i => ListedByDefault(i) && i.Visibility == "private" && i.Platform == "Ubuntu" && i.OsBit == "64" && i.Status == "active")
                .Select(i => i.Id).Order(StringComparer.Ordinal).ToList();

            var actual = await fixture.Client.ListAllImagesAsync(query).Select(i => i.Id!).ToListAsync();

            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual.Order(StringComparer.Ordinal));
        }

        [Fact]
        public async Task Repeated_tags_must_all_match()
        {
            using var http = new HttpClient { BaseAddress = fixture.Ims.BaseAddress };
            var body = await http.GetStringAsync("v2/cloudimages?tag=env%3Dprod&tag=team%3Ddata&limit=5000");
            var expected = fixture.Catalogue.Images
                .Where(i => ListedByDefault(i) && i.Tags.Any(t => t.Key == "env" && t.Value == "prod") && i.Tags.Any(t => t.Key == "team" && t.Value == "data"))
                .Select(i => i.Id).Order(StringComparer.Ordinal).ToList();

            using var document = System.Text.Json.JsonDocument.Parse(body);
            var actual = document.RootElement.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal);

            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }
}
