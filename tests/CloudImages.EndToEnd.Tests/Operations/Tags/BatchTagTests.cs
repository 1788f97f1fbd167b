using System.Net;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Tags.TagKit;

namespace CloudImages.EndToEnd.Tests.Operations.Tags
{
    /// <summary>BatchUpdateImageTags: several tags created or deleted at once, all or none.</summary>
    public sealed class BatchTagTests
    {
        [Fact]
        public async Task A_create_adds_new_keys_and_updates_known_ones_in_place()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged", tags: new[] { Tag("key1", "old"), Tag("key0", "0") });

            await s.Owner.Batch(image.Id, BatchTagAction.Create, ("key1", "value1"), ("key2", "value2"), ("key3", ""));

            Assert.Equal(new[] { "key1=value1", "key0=0", "key2=value2", "key3=" }, await s.Owner.TagsOf(image.Id));
            Assert.Equal(new[] { image.Id }, await s.Owner.FoundByTag("key2=value2"));
            Assert.Empty(await s.Owner.FoundByTag("key1=old"));
        }

        [Fact]
        public async Task A_delete_removes_keys_by_key_or_by_key_and_value_and_an_absent_one_counts_as_deleted()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged", tags: new[] { Tag("a", "1"), Tag("b", "2"), Tag("c", "3"), Tag("d", "4") });

            await s.Owner.Batch(image.Id, BatchTagAction.Delete, ("a", null), ("b", "2"), ("c", "not-3"), ("absent", "x"));

            Assert.Equal(new[] { "c=3", "d=4" }, await s.Owner.TagsOf(image.Id));
            Assert.Empty(await s.Owner.FoundByTag("a=1"));
            Assert.Equal(new[] { image.Id }, await s.Owner.FoundByTag("d=4"));
        }

        [Fact]
        public async Task A_delete_does_not_check_characters_and_allows_127_character_keys()
        {
            await using var s = await ImsSession.StartAsync();
            var odd = new string('x', 100) + " = / ?";
            var image = s.AddImage("tagged", tags: new[] { Tag("a b.c", "1"), Tag("kept", "2") });

            var longKey = new string('k', 127);
            await s.Owner.Batch(image.Id, BatchTagAction.Delete, ("a b.c", null), (odd, new string('v', 255)), (longKey, null));

            Assert.Equal(new[] { "kept=2" }, s.Stored(image.Id));
        }

        [Fact]
        public async Task A_create_past_ten_tags_is_IMG_0116_and_applies_none_of_its_tags()
        {
            await using var s = await ImsSession.StartAsync();
            var eight = Enumerable.Range(0, 8).Select(i => Tag("k" + i, "v")).ToArray();
            var image = s.AddImage("tagged", tags: eight);

            await Refused(
                HttpStatusCode.BadRequest,
                "IMG.0116",
                () => s.Owner.Batch(image.Id, BatchTagAction.Create, ("k0", "changed"), ("n1", "v"), ("n2", "v"), ("n3", "v")));

            Assert.Equal(eight.Select(t => t.Key + "=v"), await s.Owner.TagsOf(image.Id));

            await s.Owner.Batch(image.Id, BatchTagAction.Create, ("k0", "changed"), ("n1", "v"), ("n2", "v"));
            Assert.Equal(10, (await s.Owner.TagsOf(image.Id)).Count);
        }

        public static TheoryData<string, string, string?> InvalidTags => new()
        {
            { "create", "", "v" },
            { "create", new string('k', 37), "v" },
            { "create", "k", new string('v', 44) },
            { "create", "k=v", "v" },
            { "delete", "", null },
            { "delete", new string('k', 128), null },
            { "delete", "k", new string('v', 256) },
        };

        [Theory]
        [MemberData(nameof(InvalidTags))]
        public async Task One_invalid_tag_is_IMG_0115_and_applies_none(string action, string key, string? value)
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged", tags: new[] { Tag("a", "1"), Tag("b", "2") });
            s.Owner.ValidateQueries = false;

            await Refused(HttpStatusCode.BadRequest, "IMG.0115", () => s.Owner.Batch(image.Id, action, ("a", "changed"), (key, value)));

            Assert.Equal(new[] { "a=1", "b=2" }, s.Stored(image.Id));
        }

        [Theory]
        [InlineData("create")]
        [InlineData("delete")]
        public async Task Repeated_keys_are_IMG_0115(string action)
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged", tags: Tag("a", "1"));

            await Refused(HttpStatusCode.BadRequest, "IMG.0115", () => s.Owner.Batch(image.Id, action, ("a", "2"), ("a", "3")));

            Assert.Equal(new[] { "a=1" }, s.Stored(image.Id));
        }

        [Fact]
        public async Task Only_the_owner_changes_tags_in_a_batch()
        {
            await using var s = await ImsSession.StartAsync();
            var own = s.AddImage("own", tags: Tag("a", "1"));
            var othersPublic = s.AddImage("public", OtherProjectId, isPublic: true, Tag("b", "2"));

            await Refused(HttpStatusCode.Forbidden, "IMG.0026", () => s.Owner.Batch(othersPublic.Id, BatchTagAction.Delete, ("b", null)));
            await Refused(HttpStatusCode.BadRequest, "IMG.0027", () => s.Member.Batch(own.Id, BatchTagAction.Delete, ("a", null)));
            await Refused(HttpStatusCode.BadRequest, "IMG.0027", () => s.Owner.Batch("no-such-image", BatchTagAction.Create, ("a", "1")));

            Assert.Equal(new[] { "a=1" }, s.Stored(own.Id));
            Assert.Equal(new[] { "b=2" }, s.Stored(othersPublic.Id));
        }

        [Theory]
        [InlineData("{\"action\": \"Create\", \"tags\": [{\"key\": \"k\", \"value\": \"v\"}]}", "IMG.0001")]
        [InlineData("{\"action\": \"create\"}", "IMG.0001")]
        [InlineData("{\"tags\": [{\"key\": \"k\", \"value\": \"v\"}]}", "IMG.0001")]
        [InlineData("{\"action\": \"create\", \"tags\": {\"key\": \"k\", \"value\": \"v\"}}", "IMG.0001")]
        [InlineData("{\"action\": \"create\", \"tags\": [\"k=v\"]}", "IMG.0001")]
        [InlineData("{\"action\": \"create\", \"tags\": [{\"key\": \"k\"}]}", "IMG.0001")]
        [InlineData("{\"action\": \"delete\", \"tags\": [{\"key\": \"k\", \"value\": 1}]}", "IMG.0001")]
        [InlineData("[]", "IMG.0001")]
        [InlineData("", "IMG.0007")]
        public async Task A_malformed_body_is_a_400_and_changes_nothing(string body, string code)
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged", tags: Tag("k", "kept"));

            var answer = await s.SendRaw(HttpMethod.Post, $"v2/{ImsSession.OwnerProjectId}/images/{image.Id}/tags/action", body);

            Assert.Equal((HttpStatusCode.BadRequest, code), answer);
            Assert.Equal(new[] { "k=kept" }, s.Stored(image.Id));
        }
    }
}
