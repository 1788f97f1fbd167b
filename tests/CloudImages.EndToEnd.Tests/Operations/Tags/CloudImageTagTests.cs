using System.Net;
using System.Net.Http.Json;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Tags.TagKit;

namespace CloudImages.EndToEnd.Tests.Operations.Tags
{
    /// <summary>SetImageTag (PUT /v1/cloudimages/tags) and ListTags (GET /v1/cloudimages/tags).</summary>
    public sealed class CloudImageTagTests
    {
        [Fact]
        public async Task A_key_dot_value_tag_is_added_then_updated()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged");

            await s.Owner.SetTag(image.Id, "aaaa.1111");
            Assert.Equal(new[] { "aaaa=1111" }, await s.Owner.TagsOf(image.Id));
            Assert.Equal(new[] { image.Id }, await s.Owner.FoundByTag("aaaa=1111"));

            await s.Owner.SetTag(image.Id, "aaaa.2222");
            await s.Owner.SetTag(image.Id, "b_-9.");
            Assert.Equal(new[] { "aaaa=2222", "b_-9=" }, await s.Owner.TagsOf(image.Id));
        }

        [Fact]
        public async Task An_image_tag_has_the_spaces_around_its_key_and_value_removed()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged");

            var spaced = new NewImageTag { Key = "  key1 ", Value = " value 1  " };
            await s.Owner.SetImageTagAsync(new SetImageTagRequest { ImageId = image.Id, ImageTag = spaced });

            Assert.Equal(new[] { "key1=value 1" }, await s.Owner.TagsOf(image.Id));
            Assert.Equal(new[] { image.Id }, await s.Owner.FoundByTag("key1=value 1"));
        }

        [Theory]
        [InlineData("no-dot")]
        [InlineData(".value")]
        [InlineData("key.val.ue")]
        [InlineData("key@.value")]
        [InlineData("k234567890123456789012345678901234567.v")]
        [InlineData("k.v2345678901234567890123456789012345678901234")]
        public async Task A_tag_not_in_key_dot_value_form_is_IMG_0115(string tag)
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged", tags: Tag("kept", "1"));
            s.Owner.ValidateQueries = false;

            await Refused(HttpStatusCode.BadRequest, "IMG.0115", () => s.Owner.SetTag(image.Id, tag));

            Assert.Equal(new[] { "kept=1" }, s.Stored(image.Id));
        }

        [Theory]
        [InlineData("   ", "v")]
        [InlineData("k234567890123456789012345678901234567", "v")]
        [InlineData("k", "v2345678901234567890123456789012345678901234")]
        [InlineData("a=b", "v")]
        public async Task An_image_tag_out_of_bounds_is_IMG_0115(string key, string value)
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged");
            s.Owner.ValidateQueries = false;

            var request = new SetImageTagRequest { ImageId = image.Id, ImageTag = new NewImageTag { Key = key, Value = value } };
            await Refused(HttpStatusCode.BadRequest, "IMG.0115", () => s.Owner.SetImageTagAsync(request));

            Assert.Empty(s.Stored(image.Id));
        }

        [Fact]
        public async Task An_eleventh_key_is_IMG_0116_and_only_the_owner_sets_tags()
        {
            await using var s = await ImsSession.StartAsync();
            var full = s.AddImage("full", tags: Enumerable.Range(0, 10).Select(i => Tag("k" + i, "v")).ToArray());
            var othersPublic = s.AddImage("public", OtherProjectId, isPublic: true);

            await Refused(HttpStatusCode.BadRequest, "IMG.0116", () => s.Owner.SetTag(full.Id, "k10.v"));
            await s.Owner.SetTag(full.Id, "k9.w");
            await Refused(HttpStatusCode.Forbidden, "IMG.0026", () => s.Owner.SetTag(othersPublic.Id, "a.b"));
            await Refused(HttpStatusCode.BadRequest, "IMG.0027", () => s.Member.SetTag(full.Id, "a.b"));
            await Refused(HttpStatusCode.BadRequest, "IMG.0027", () => s.Owner.SetTag("no-such-image", "a.b"));

            Assert.Equal(Enumerable.Range(0, 10).Select(i => i == 9 ? "k9=w" : $"k{i}=v"), s.Stored(full.Id));
            Assert.Empty(s.Stored(othersPublic.Id));
        }

        [Theory]
        [InlineData("{\"image_id\": \"ID\"}")]
        [InlineData("{\"image_id\": \"ID\", \"tag\": \"a.b\", \"image_tag\": {\"key\": \"a\", \"value\": \"b\"}}")]
        [InlineData("{\"tag\": \"a.b\"}")]
        [InlineData("{\"image_id\": 42, \"tag\": \"a.b\"}")]
        [InlineData("{\"image_id\": \"ID\", \"tag\": {\"key\": \"a\", \"value\": \"b\"}}")]
        [InlineData("{\"image_id\": \"ID\", \"image_tag\": \"a.b\"}")]
        [InlineData("{\"image_id\": \"ID\", \"image_tag\": {\"key\": \"a\"}}")]
        [InlineData("image_id=ID&tag=a.b")]
        public async Task A_malformed_body_is_IMG_0001_and_changes_nothing(string body)
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged");

            var answer = await s.SendRaw(HttpMethod.Put, "v1/cloudimages/tags", body.Replace("ID", image.Id, StringComparison.Ordinal));

            Assert.Equal((HttpStatusCode.BadRequest, "IMG.0001"), answer);
            Assert.Empty(s.Stored(image.Id));
        }

        [Fact]
        public async Task ListTags_lists_each_tag_of_the_images_the_caller_sees_once()
        {
            await using var s = await ImsSession.StartAsync();
            s.AddImage("a", tags: new[] { Tag("jjjj", "11111"), Tag("test") });
            s.AddImage("b", tags: new[] { Tag("jjjj", "11111"), Tag("uuuu", "22222") });
            s.AddImage("public", OtherProjectId, isPublic: true, Tag("image"));
            s.AddImage("hidden", OtherProjectId, tags: Tag("secret", "x"));

            var owner = await s.Owner.ListTagsAsync(new ListTagsQuery());
            var member = await s.Member.ListTagsAsync(new ListTagsQuery());

            Assert.Equal(new[] { "image", "jjjj.11111", "test", "uuuu.22222" }, owner.Tags!.Order(StringComparer.Ordinal));
            Assert.Equal(new[] { "image" }, member.Tags);
        }

        [Fact]
        public async Task ListTags_takes_the_criteria_of_querying_images()
        {
            await using var s = await ImsSession.StartAsync();
            s.AddImage("web", tags: new[] { Tag("role", "web"), Tag("env", "prod") });
            s.AddImage("db", tags: new[] { Tag("role", "db"), Tag("env", "prod") });
            s.AddImage("web", tags: Tag("env", "test"));
            s.AddImage("public", OtherProjectId, isPublic: true, Tag("os", "linux"));

            Assert.Equal(new[] { "env.prod", "env.test", "role.web" }, await Listed(new ListTagsQuery { Name = "web" }));
            Assert.Equal(new[] { "env.prod", "role.db" }, await Listed(new ListTagsQuery { Tag = "role=db" }));
            Assert.Equal(new[] { "os.linux" }, await Listed(new ListTagsQuery { Visibility = Visibility.Public }));
            Assert.Empty(await Listed(new ListTagsQuery { Name = "none" }));

            async Task<IEnumerable<string>> Listed(ListTagsQuery query) => (await s.Owner.ListTagsAsync(query)).Tags!.Order(StringComparer.Ordinal);
        }

        [Fact]
        public async Task ListTags_pages_the_images_by_limit_and_page_in_their_sort_order()
        {
            await using var s = await ImsSession.StartAsync();
            var names = Enumerable.Range(0, 5).Select(i => $"image-{i}").ToList();
            foreach (var name in names)
            {
                s.AddImage(name, tags: new[] { Tag("name", name), Tag("shared", "yes") });
            }

            using var http = new HttpClient { BaseAddress = s.Ims.BaseAddress };
            http.DefaultRequestHeaders.Add("X-Auth-Token", ImsSession.OwnerToken);
            async Task<string[]> Page(string query) =>
                (await http.GetFromJsonAsync<Dictionary<string, string[]>>("v1/cloudimages/tags?sort_key=name&sort_dir=asc&" + query))!["tags"];

            Assert.Equal(new[] { "name.image-0", "shared.yes", "name.image-1" }, await Page("limit=2&page=1"));
            Assert.Equal(new[] { "name.image-2", "shared.yes", "name.image-3" }, await Page("limit=2&page=2"));
            Assert.Equal(new[] { "name.image-4", "shared.yes" }, await Page("limit=2&page=3"));
            Assert.Empty(await Page("limit=2&page=4"));
            var first = s.Ims.Catalogue.Images.Single(i => i.Name == "image-0").Id;
            Assert.Equal(new[] { "name.image-3", "shared.yes", "name.image-4" }, await Page("limit=2&page=2&marker=" + first));

            var typed = await s.Owner.ListTagsAsync(new ListTagsQuery { SortKey = ImageSortKey.Name, SortDir = SortDirection.Descending, Limit = 1 });
            Assert.Equal(new[] { "name.image-4", "shared.yes" }, typed.Tags);
        }

        [Theory]
        [InlineData("page=0")]
        [InlineData("page=first")]
        [InlineData("limit=0")]
        [InlineData("name=a&name=b")]
        public async Task ListTags_refuses_an_invalid_criterion_with_IMG_0001(string query)
        {
            await using var s = await ImsSession.StartAsync();

            var answer = await s.SendRaw(HttpMethod.Get, "v1/cloudimages/tags?" + query, null);

            Assert.Equal((HttpStatusCode.BadRequest, "IMG.0001"), answer);
        }
    }
}
