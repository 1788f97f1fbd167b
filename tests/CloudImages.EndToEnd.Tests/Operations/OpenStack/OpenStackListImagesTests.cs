using System.Net;
using CloudImages.Ims;
using CloudImages.Runtime;
using static CloudImages.EndToEnd.Tests.Expected;
using static CloudImages.EndToEnd.Tests.Operations.OpenStack.OpenStackKit;

namespace CloudImages.EndToEnd.Tests.Operations.OpenStack
{
    public sealed class OpenStackListImagesTests
    {
        [Fact]
        public async Task Paging_through_250_and_more_visible_images_returns_each_once_in_order()
        {
            await using var s = await ImsSession.StartAsync(images: 300);
            var expected = Sorted(s.Ims.Catalogue.Images.Where(ListedByDefault)).Select(i => i.Id).ToList();
            var requestsBefore = s.Ims.RequestCount;

            var actual = await s.Owner.ListAllOpenStackImagesAsync(new OpenStackListImagesQuery()).Select(i => i.Id!).ToListAsync();

            Assert.True(expected.Count >= 250, $"The owner sees only {expected.Count} images.");
            Assert.Equal(expected, actual);
            Assert.Equal(actual.Count, actual.Distinct().Count());
            Assert.Equal((expected.Count / 25) + 1, s.Ims.RequestCount - requestsBefore);
        }

        [Fact]
        public async Task Another_project_pages_through_the_public_images_only()
        {
            await using var s = await ImsSession.StartAsync(images: 250);
            var expected = Sorted(s.Ims.Catalogue.Images.Where(i => i.Visibility == "public"), "name", descending: false).Select(i => i.Id).ToList();

            var query = new OpenStackListImagesQuery { SortKey = ImageSortKey.Name, SortDir = SortDirection.Ascending, Limit = 40 };

            var actual = await s.Member.ListAllOpenStackImagesAsync(query).Select(i => i.Id!).ToListAsync();

            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }

        [Fact]
        public async Task A_page_links_the_first_page_and_the_next_one_until_the_last()
        {
            await using var s = await ImsSession.StartAsync();
            for (var i = 0; i < 5; i++)
            {
                await CreateAsync(s, $"image-{i}");
            }

            var order = Sorted(s.Ims.Catalogue.Images).Select(i => i.Id).ToList();

            var first = await s.Owner.OpenStackListImagesAsync(new OpenStackListImagesQuery { Limit = 2 });
            Assert.Equal(order.Take(2), first.OpenStackImages!.Select(i => i.Id));
            Assert.Equal("/v2/schemas/images", first.Schema);
            Assert.Equal("/v2/images?limit=2", first.First);
            Assert.Equal($"/v2/images?limit=2&marker={order[1]}", first.Next);

            var (_, second, _) = await GetRawAsync(s, first.Next!);
            Assert.Equal(order.Skip(2).Take(2), second.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
            Assert.Equal($"/v2/images?limit=2&marker={order[3]}", second.GetProperty("next").GetString());
            Assert.Equal("/v2/images?limit=2", second.GetProperty("first").GetString());

            var last = await s.Owner.OpenStackListImagesAsync(new OpenStackListImagesQuery { Limit = 2, Marker = order[3] });
            Assert.Equal(order.Skip(4), last.OpenStackImages!.Select(i => i.Id));
            Assert.Null(last.Next);
        }

        [Fact]
        public async Task A_page_holds_25_images_by_default()
        {
            await using var s = await ImsSession.StartAsync(images: 250);

            var page = await s.Owner.OpenStackListImagesAsync(new OpenStackListImagesQuery());

            Assert.Equal(25, page.OpenStackImages!.Count);
            Assert.Equal("/v2/images", page.First);
            Assert.Equal($"/v2/images?marker={page.OpenStackImages[24].Id}", page.Next);
        }

        [Fact]
        public async Task The_documented_filters_select_images()
        {
            await using var s = await ImsSession.StartAsync();
            var tagged = await CreateAsync(s, "alpha", false, "team=blue");
            var other = await s.Owner.OpenStackCreateImageAsync(
                new OpenStackCreateImageRequest { Name = "beta", DiskFormat = DiskFormat.Qcow2, MinDisk = 50 });
            var publicImage = AddPublic(s);

            async Task<IEnumerable<string?>> Ids(OpenStackListImagesQuery query) =>
                (await s.Owner.OpenStackListImagesAsync(query)).OpenStackImages!.Select(i => i.Id);

            Assert.Equal(new[] { tagged.Id }, await Ids(new() { Name = "alpha" }));
            Assert.Equal(new[] { tagged.Id }, await Ids(new() { Tag = new KeyValueFilter("team", "blue") }));
            Assert.Equal(new[] { other.Id }, await Ids(new() { DiskFormat = DiskFormat.Qcow2 }));
            Assert.Equal(new[] { other.Id }, await Ids(new() { MinDisk = 50 }));
            Assert.Equal(new[] { publicImage.Id }, await Ids(new() { Visibility = Visibility.Public }));
            Assert.Equal(new[] { publicImage.Id }, await Ids(new() { Status = ImageStatus.Active }));
            Assert.Equal(2, (await Ids(new() { Owner = ImsSession.OwnerProjectId, Status = ImageStatus.Queued })).Count());
        }

        [Fact]
        public async Task An_unknown_marker_is_refused()
        {
            await using var s = await ImsSession.StartAsync();

            var query = new OpenStackListImagesQuery { Marker = Guid.NewGuid().ToString() };

            await RefusedAsync(() => s.Owner.OpenStackListImagesAsync(query), HttpStatusCode.BadRequest, "IMG.0027");
        }

        [Fact]
        public async Task Member_status_without_visibility_shared_is_refused()
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;

            #pragma warning disable CIMG0001 // breaks the rule on purpose
            var query = new OpenStackListImagesQuery { MemberStatus = MemberStatus.Accepted };
            #pragma warning restore CIMG0001

            await RefusedAsync(() => s.Owner.OpenStackListImagesAsync(query), HttpStatusCode.BadRequest, "IMG.0001");
        }

        [Theory]
        [InlineData("limit=0", "IMG.0001")]
        [InlineData("sort_key=owner", "IMG.0001")]
        [InlineData("disk_format=vmdk", "IMG.0072")]
        [InlineData("min_disk=2000", "IMG.0055")]
        [InlineData("tag=novalue", "IMG.0115")]
        public async Task An_invalid_query_value_is_a_400(string query, string code)
        {
            await using var s = await ImsSession.StartAsync();

            var (status, error) = await SendAsync(s, HttpMethod.Get, "/v2/images?" + query, null);

            Assert.Equal((HttpStatusCode.BadRequest, code), (status, error));
        }
    }
}
