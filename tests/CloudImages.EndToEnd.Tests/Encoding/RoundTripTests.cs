using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>Names and tags with reserved and non-ASCII characters survive the query string (and, signed,
    /// the canonical request) and come back unchanged.</summary>
    public sealed class RoundTripTests
    {
        public static readonly TheoryData<string> Texts = new()
        {
            "a b&c=d?e/f#g%h+i;j,k",
            "Größe: 10 € – 日本語 😀",
            "100%25 not decoded twice",
            "[brackets] {braces} |pipe| \"quotes\" 'apostrophes' `tick` ^caret ~tilde",
            "trailing space ",
            "tab\tand\\backslash",
        };

        [Theory]
        [MemberData(nameof(Texts))]
        public Task Names_round_trip_with_a_token(string text) => NameRoundTrip(text, "token");

        [Theory]
        [MemberData(nameof(Texts))]
        public Task Names_round_trip_through_a_signed_request(string text) => NameRoundTrip(text, "aksk");

        [Theory]
        [MemberData(nameof(Texts))]
        public async Task Tags_round_trip_through_a_signed_request(string text)
        {
            var key = "k/" + text.Replace("=", "-", StringComparison.Ordinal);
            await using var ims = await ImsEmulator.StartAsync(Credentials.EmulatorOptions(images: 50));
            ims.Catalogue.Add(new CatalogueImage { Id = "tagged", Name = "tagged", Tags = new[] { new ImageTag(key, text) } });
            ims.Catalogue.Add(new CatalogueImage { Id = "near-miss", Name = "near-miss", Tags = new[] { new ImageTag(key, text + "x") } });
            using var client = TestClient.Create(ims.BaseAddress, Credentials.For("aksk"));

            var page = await client.Client.ListImagesAsync(new ListImagesQuery { Tag = new KeyValueFilter(key, text) });

            var image = Assert.Single(page.Images!);
            Assert.Equal("tagged", image.Id);
            Assert.Equal(key + "." + text, Assert.Single(image.Tags!));
        }

        private static async Task NameRoundTrip(string text, string auth)
        {
            await using var ims = await ImsEmulator.StartAsync(Credentials.EmulatorOptions(images: 50));
            ims.Catalogue.Add(new CatalogueImage { Id = "exact", Name = text });
            ims.Catalogue.Add(new CatalogueImage { Id = "prefix", Name = text + "!" });
            using var client = TestClient.Create(ims.BaseAddress, Credentials.For(auth));

            var page = await client.Client.ListImagesAsync(new ListImagesQuery { Name = text });

            var image = Assert.Single(page.Images!);
            Assert.Equal("exact", image.Id);
            Assert.Equal(text, image.Name);
        }
    }
}
