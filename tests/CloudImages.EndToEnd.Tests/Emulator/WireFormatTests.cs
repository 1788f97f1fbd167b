using System.Net;
using System.Text.Json;
using CloudImages.Emulator;
using CloudImages.Ims;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The emulator answers in the service's own shape, and the generated client reads every field back.</summary>
    [Collection(CatalogueCollection.Name)]
    public sealed class WireFormatTests(CatalogueFixture fixture)
    {
        [Theory]
        [InlineData("v2/cloudimages?limit=1", HttpStatusCode.OK)]
        [InlineData("v2/cloudimages?limit=0", HttpStatusCode.BadRequest)]
        [InlineData("v2/elsewhere", HttpStatusCode.NotFound)]
        public async Task Every_response_carries_a_request_id(string path, HttpStatusCode status)
        {
            using var http = new HttpClient { BaseAddress = fixture.Ims.BaseAddress };

            using var response = await http.GetAsync(path);

            Assert.Equal(status, response.StatusCode);
            Assert.Matches("^[0-9a-f]{32}$", Assert.Single(response.Headers.GetValues("X-Request-Id")));
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }

        [Fact]
        public async Task Fields_have_the_documented_wire_types()
        {
            using var http = new HttpClient { BaseAddress = fixture.Ims.BaseAddress };
            var kvm = fixture.Catalogue.Images.First(i => i.SupportKvm && !i.SupportXen && i.Visibility == "public");

            using var body = JsonDocument.Parse(await http.GetStringAsync("v2/cloudimages?id=" + kvm.Id));

            var image = Assert.Single(body.RootElement.GetProperty("images").EnumerateArray().ToList());
            Assert.Equal(JsonValueKind.Null, image.GetProperty("virtual_size").ValueKind);
            Assert.Equal(JsonValueKind.True, image.GetProperty("protected").ValueKind);
            Assert.Equal("true", image.GetProperty("__isregistered").GetString());
            Assert.Equal("true", image.GetProperty("__support_kvm").GetString());
            Assert.False(image.TryGetProperty("__support_xen", out _));
            Assert.Equal(JsonValueKind.Number, image.GetProperty("min_disk").ValueKind);
            Assert.Equal(kvm.Size, image.GetProperty("size").GetInt64());
            Assert.Equal(kvm.Size.ToString(System.Globalization.CultureInfo.InvariantCulture), image.GetProperty("__image_size").GetString());
            Assert.Equal(kvm.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), image.GetProperty("created_at").GetString());
            Assert.Equal($"/v2/images/{kvm.Id}", image.GetProperty("self").GetString());
        }

        [Fact]
        public async Task The_client_reads_back_what_the_catalogue_holds()
        {
            var source = fixture.Catalogue.Images.First(i => Expected.ListedByDefault(i) && i.SupportKvmGpuType is not null && i.Tags.Count > 0 && i.Size > uint.MaxValue);

            var image = Assert.Single((await fixture.Client.ListImagesAsync(new ListImagesQuery { Id = source.Id })).Images!);

            Assert.Equal(source.Name, image.Name);
            Assert.Equal(source.Owner, image.Owner);
            Assert.Equal(source.Size, image.Size);
            Assert.Equal(source.ImageSize, image.ImageSize);
            Assert.Null(image.VirtualSize);
            Assert.Equal(source.CreatedAt, image.CreatedAt);
            Assert.Equal(source.UpdatedAt, image.UpdatedAt);
            Assert.Equal(source.Platform, image.Platform?.Value);
            Assert.Equal(source.OsVersion, image.OsVersion);
            Assert.Equal(source.OsBit, image.OsBit?.Value);
            Assert.Equal(source.Status, image.Status?.Value);
            Assert.Equal(source.Visibility, image.Visibility?.Value);
            Assert.Equal(source.ImageType, image.ImageType?.Value);
            Assert.Equal(source.SupportKvmGpuType, image.SupportKvmGpuType?.Value);
            Assert.Equal(source.Protected, image.Protected);
            Assert.Equal(source.IsRegistered, image.IsRegistered);
            Assert.Equal(source.MinDisk, image.MinDisk);
            Assert.Equal(source.MinRam, image.MinRam);
            Assert.Equal(source.Tags.Select(t => t.Key + "." + t.Value), image.Tags);
            Assert.Equal("true", image.OsFeatureList?.GetProperty("onekey_resetpasswd").GetString());
            Assert.Null(image.AdditionalProperties);
        }
    }
}
