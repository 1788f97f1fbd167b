using CloudImages.Ims;
using CloudImages.Runtime;
using CloudImages.Tests.Servers;
using Xunit;

namespace CloudImages.Generators.Tests.Client
{
    /// <summary>Only set parameters are sent, in the documented order, percent-encoded, and they decode to what was set.</summary>
    public class QuerySerializationTests
    {
        [Fact]
        public void An_empty_query_sends_nothing()
        {
            var query = new ListImagesQuery();

            Assert.Equal("", query.ToQueryString());
            Assert.Equal("v2/cloudimages", query.BuildRequestUri());
        }

        [Fact]
        public void Parameters_go_out_in_documented_order_whatever_order_they_are_set_in()
        {
            var query = new ListImagesQuery { Limit = 10, Visibility = Visibility.Public, IsRegistered = true, ImageType = ImageType.Gold };

            Assert.Equal("?__isregistered=true&__imagetype=gold&visibility=public&limit=10", query.ToQueryString());
        }

        [Fact]
        public void Every_parameter_kind_is_written_as_documented()
        {
            var query = new ListImagesQuery
            {
                SupportKvm = true,            // flag: true
                SupportXen = false,           // flag: false sends nothing
                Protected = false,            // boolean: false is sent
                MinDisk = 40,                 // integer
                Platform = Platform.OracleLinux, // enum with a space in its value
                Name = "web server",          // string
                Tag = new KeyValueFilter("env", "prod"),
                CreatedAt = TimeFilter.GreaterThanOrEqual(new DateTimeOffset(2018, 10, 28, 12, 0, 0, TimeSpan.FromHours(2))),
                #pragma warning disable CIMG0005 // not a documented filter, on purpose
                UpdatedAt = "2018-10-28 10:00:00", // invalid: no operator, kept as given and caught by Validate()
                #pragma warning restore CIMG0005
            };

            Assert.Equal(
                "?protected=false&name=web%20server&min_disk=40&__platform=Oracle%20Linux&tag=env%3Dprod&__support_kvm=true"
                + "&created_at=gte%3A2018-10-28T10%3A00%3A00Z&updated_at=2018-10-28%2010%3A00%3A00",
                query.ToQueryString());
            Assert.Contains(query.Validate(), v => v.RuleId == "updated_at-format");
        }

        [Theory]
        [InlineData("a&b=c#d+e f")]
        [InlineData("Ünïcödé 名前 🚀")]
        [InlineData("%20 already/encoded?")]
        [InlineData("~-._ unreserved")]
        public void Names_and_tags_with_reserved_and_non_ascii_characters_round_trip(string text)
        {
            var key = text.Replace("=", "", StringComparison.Ordinal); // the first '=' separates key and value
            var query = new ListImagesQuery { Name = text, Tag = new KeyValueFilter(key, text) };

            var sent = Parse(query.ToQueryString());

            Assert.Equal(text, sent["name"]);
            Assert.Equal(key + "=" + text, sent["tag"]);
            Assert.Equal((key, text), (query.Tag.Value.Key, query.Tag.Value.Value));
            Assert.DoesNotMatch("[^A-Za-z0-9%&=?._~-]", query.ToQueryString());
        }

        [Fact]
        public void Unknown_enum_values_are_sent_as_given()
        {
            #pragma warning disable CIMG0004 // undocumented values, on purpose
            var query = new ListImagesQuery { Platform = "openEuler", SortKey = "updated_at" };
            #pragma warning restore CIMG0004

            Assert.Equal("?__platform=openEuler&sort_key=updated_at", query.ToQueryString());
            Assert.False(query.Platform!.Value.IsKnown);
        }

        [Fact]
        public void Path_parameters_are_encoded_as_segments_and_the_other_types_as_documented()
        {
            var query = new SearchServersQuery
            {
                ProjectId = "p/1 x",
                Limit = 5,
                Ratio = 0.1,
                Since = new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromHours(-1)),
                #pragma warning disable CIMG0001 // the warning-severity rule is not under test here
                Locked = true,
                #pragma warning restore CIMG0001
            };

            Assert.Equal(
                "v1/p%2F1%20x/cloudservers/search?limit=5&since=2024-03-01T00%3A59%3A59Z&ratio=0.1&locked=true",
                query.BuildRequestUri());
        }

        [Fact]
        public void Queries_are_records_so_with_makes_a_changed_copy()
        {
            var first = new ListImagesQuery { ImageType = ImageType.Gold, Limit = 100 };

            var next = first with { Marker = "abc" };

            Assert.Null(first.Marker);
            Assert.Equal("?__imagetype=gold&marker=abc&limit=100", next.ToQueryString());
            Assert.Equal(first, next with { Marker = null });
        }

        private static Dictionary<string, string> Parse(string queryString) =>
            queryString.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1]));
    }
}
