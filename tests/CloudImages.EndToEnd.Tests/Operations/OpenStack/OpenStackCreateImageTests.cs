using System.Net;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.OpenStack.OpenStackKit;

namespace CloudImages.EndToEnd.Tests.Operations.OpenStack
{
    public sealed class OpenStackCreateImageTests
    {
        [Fact]
        public async Task The_page_example_creates_a_queued_private_image_of_the_caller()
        {
            await using var s = await ImsSession.StartAsync();

            var image = await s.Owner.OpenStackCreateImageAsync(new OpenStackCreateImageRequest
            {
                OsVersion = "Ubuntu 14.04 server 64bit",
                ContainerFormat = ContainerFormat.Bare,
                DiskFormat = DiskFormat.Vhd,
                MinDisk = 100,
                MinRam = 1024,
                Name = "test",
                Tags = new[] { "test=testvalue", "image=imagevalue" },
                Visibility = Visibility.Private,
                Protected = false,
            });

            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", image.Id);
            Assert.Equal(ImageStatus.Queued, image.Status);
            Assert.Equal(ImsSession.OwnerProjectId, image.Owner);
            Assert.Equal(Visibility.Private, image.Visibility);
            Assert.Equal(ImageType.Private, image.ImageType);
            Assert.Equal(("test", DiskFormat.Vhd, 100, 1024), (image.Name, image.DiskFormat, image.MinDisk, image.MinRam));
            Assert.Equal(new[] { "test=testvalue", "image=imagevalue" }, image.Tags);
            Assert.Equal((Platform.Ubuntu, OsType.Linux, OsBit.Bit64), (image.Platform, image.OsType, image.OsBit));
            Assert.Equal($"/v2/images/{image.Id}", image.Self);
            Assert.Equal($"/v2/images/{image.Id}/file", image.File);
            Assert.Equal("/v2/schemas/image", image.Schema);
            Assert.Equal(s.Clock.GetUtcNow(), image.CreatedAt);
            Assert.Equal(0, image.ImageSize);
        }

        [Fact]
        public async Task The_new_image_is_seen_by_its_owner_through_both_apis_and_by_no_one_else()
        {
            await using var s = await ImsSession.StartAsync();

            var created = await CreateAsync(s, "seen", false, "env=prod");

            var details = await GetAsync(s.Owner, created.Id!);
            var native = await NativeAsync(s, created.Id!);
            Assert.Equal(("seen", ImageStatus.Queued), (details.Name, details.Status));
            Assert.Equal(new[] { "env=prod" }, details.Tags);
            Assert.NotNull(native);
            Assert.Equal(("seen", ImageStatus.Queued, ImsSession.OwnerProjectId), (native.Name, native.Status, native.Owner));
            var listed = await s.Owner.OpenStackListImagesAsync(new OpenStackListImagesQuery { Name = "seen" });
            Assert.Equal(created.Id, Assert.Single(listed.OpenStackImages!).Id);
            await RefusedAsync(() => GetAsync(s.Member, created.Id!), HttpStatusCode.NotFound, "IMG.0027");
        }

        [Fact]
        public async Task A_tag_added_by_the_tag_api_shows_as_its_key()
        {
            await using var s = await ImsSession.StartAsync();
            var image = await CreateAsync(s, "tagged", false, "env=prod");

            await s.Owner.OpenStackAddImageTagAsync(new OpenStackAddImageTagQuery { ImageId = image.Id!, Tag = "nightly" });

            Assert.Equal(new[] { "env=prod", "nightly" }, (await GetAsync(s.Owner, image.Id!)).Tags);
        }

        [Fact]
        public async Task An_empty_body_object_takes_the_documented_defaults()
        {
            await using var s = await ImsSession.StartAsync();

            var image = await s.Owner.OpenStackCreateImageAsync(new OpenStackCreateImageRequest());

            Assert.Equal(string.Empty, image.Name);
            Assert.Equal((ContainerFormat.Bare, DiskFormat.Zvhd2), (image.ContainerFormat, image.DiskFormat));
            Assert.Equal(("Other Linux(64 bit)", Platform.Other, OsType.Linux), (image.OsVersion, image.Platform, image.OsType));
            Assert.Equal((0, false), (image.MinRam, image.Protected));
            Assert.Empty(image.Tags!);
        }

        [Fact]
        public async Task The_answer_is_201_with_the_image_location()
        {
            await using var s = await ImsSession.StartAsync();

            var (status, body, response) = await GetRawAsync(s, "/v2/images", "POST", """{"name": "raw", "tags": ["solo"]}""");

            Assert.Equal(HttpStatusCode.Created, status);
            var id = body.GetProperty("id").GetString();
            Assert.Equal($"/v2/images/{id}", response.Headers.Location?.OriginalString);
            Assert.Equal("solo", body.GetProperty("tags")[0].GetString());
            Assert.Equal("queued", body.GetProperty("status").GetString());
        }

        #pragma warning disable CIMG0003, CIMG0005 // the server's refusals, past the client's checks
        public static TheoryData<OpenStackCreateImageRequest, string> Refusals => new()
        {
            { new() { Visibility = Visibility.Public }, "IMG.0001" },
            { new() { Name = new string('n', 256) }, "IMG.0003" },
            { new() { Name = " leading-space" }, "IMG.0003" },
            { new() { Name = "semi;colon" }, "IMG.0003" },
            { new() { DiskFormat = DiskFormat.Zvhd }, "IMG.0072" },
            { new() { MinDisk = 0 }, "IMG.0055" },
            { new() { MinDisk = 1025 }, "IMG.0055" },
            { new() { MinRam = -1 }, "IMG.0055" },
            { new() { Tags = new[] { "a b=c" } }, "IMG.0115" },
            { new() { Tags = new[] { "=value" } }, "IMG.0115" },
            { new() { Tags = Enumerable.Range(0, 11).Select(i => $"k{i}=v").ToArray() }, "IMG.0116" },
            { new() { OsVersion = "Plan 9 64bit" }, "IMG.0056" },
        };
        #pragma warning restore CIMG0003, CIMG0005

        [Theory]
        [MemberData(nameof(Refusals))]
        public async Task A_documented_refusal_creates_nothing(OpenStackCreateImageRequest request, string code)
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;

            await RefusedAsync(() => s.Owner.OpenStackCreateImageAsync(request), HttpStatusCode.BadRequest, code);

            Assert.Empty(s.Ims.Catalogue.Images);
        }

        [Fact]
        public async Task The_image_quota_is_kept()
        {
            await using var s = await ImsSession.StartAsync(configure: o => o.Inventory.ImageQuota = 2);
            await CreateAsync(s, "one");
            await CreateAsync(s, "two");

            await RefusedAsync(() => CreateAsync(s, "three"), HttpStatusCode.BadRequest, "IMG.0015");

            Assert.Equal(2, s.Ims.Catalogue.Count);
        }

        [Theory]
        [InlineData("", "IMG.0007")]
        [InlineData("{\"name\": ", "IMG.0001")]
        [InlineData("[]", "IMG.0001")]
        [InlineData("{\"min_ram\": \"1024\"}", "IMG.0001")]
        [InlineData("{\"tags\": [1]}", "IMG.0001")]
        [InlineData("{\"id\": \"mine\"}", "IMG.0001")]
        public async Task A_malformed_body_is_a_400(string body, string code)
        {
            await using var s = await ImsSession.StartAsync();

            var (status, error) = await SendAsync(s, HttpMethod.Post, "/v2/images", body);

            Assert.Equal((HttpStatusCode.BadRequest, code), (status, error));
            Assert.Empty(s.Ims.Catalogue.Images);
        }
    }
}
