using System.Net;
using CloudImages.Emulator;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Tags.TagKit;

namespace CloudImages.EndToEnd.Tests.Operations.Tags
{
    /// <summary>AddImageTag, DeleteImageTag and ListImageTags: the tags of one image under
    /// /v2/{project_id}/images/{image_id}/tags.</summary>
    public sealed class ImageTagTests
    {
        [Fact]
        public async Task An_added_tag_is_listed_and_found_by_tag_and_a_second_add_updates_its_value()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged");
            var other = s.AddImage("untagged");

            await s.Owner.AddTag(image.Id, "key1", "value1");

            Assert.Equal(new[] { "key1=value1" }, await s.Owner.TagsOf(image.Id));
            Assert.Equal(new[] { image.Id }, await s.Owner.FoundByTag("key1=value1"));
            Assert.Empty(await s.Owner.TagsOf(other.Id));

            await s.Owner.AddTag(image.Id, "key1", "value2");

            Assert.Equal(new[] { "key1=value2" }, await s.Owner.TagsOf(image.Id));
            Assert.Empty(await s.Owner.FoundByTag("key1=value1"));
            Assert.Equal(new[] { image.Id }, await s.Owner.FoundByTag("key1=value2"));
        }

        [Fact]
        public async Task A_tag_change_moves_updated_at_and_the_same_tag_again_changes_nothing()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged");
            var add = new AddImageTagRequest { ImageId = image.Id, Tag = new NewImageTag { Key = "k", Value = "" } };

            var addedAt = s.Clock.GetUtcNow();
            await s.Owner.AddImageTagAsync(add);
            var added = s.Ims.Catalogue.Find(image.Id)!;
            s.Clock.Advance(TimeSpan.FromMinutes(5));
            var writes = s.Ims.WriteCount;
            await s.Owner.AddImageTagAsync(add);

            Assert.Equal(addedAt, added.UpdatedAt);
            Assert.Same(added, s.Ims.Catalogue.Find(image.Id));
            Assert.Equal(writes, s.Ims.WriteCount);
            Assert.Equal(new[] { "k=" }, await s.Owner.TagsOf(image.Id));
        }

        [Theory]
        [InlineData("", "v")]
        [InlineData("k234567890123456789012345678901234567", "v")]
        [InlineData("k", "v2345678901234567890123456789012345678901234")]
        [InlineData("a=b", "v")]
        public async Task A_key_or_value_out_of_bounds_is_IMG_0115_and_changes_nothing(string key, string value)
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged", tags: Tag("kept", "1"));
            s.Owner.ValidateQueries = false;

            await Refused(HttpStatusCode.BadRequest, "IMG.0115", () => s.Owner.AddTag(image.Id, key, value));

            Assert.Equal(new[] { "kept=1" }, s.Stored(image.Id));
        }

        [Fact]
        public async Task The_longest_key_and_value_are_accepted()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged");
            var key = new string('k', 36);
            var value = new string('v', 43);

            await s.Owner.AddTag(image.Id, key, value);

            Assert.Equal(new[] { key + "=" + value }, await s.Owner.TagsOf(image.Id));
        }

        [Fact]
        public async Task An_eleventh_key_is_IMG_0116_while_a_tenth_image_tag_may_still_change_its_value()
        {
            await using var s = await ImsSession.StartAsync();
            var ten = Enumerable.Range(0, 10).Select(i => Tag("k" + i, "v")).ToArray();
            var image = s.AddImage("full", tags: ten);

            await Refused(HttpStatusCode.BadRequest, "IMG.0116", () => s.Owner.AddTag(image.Id, "k10", "v"));
            Assert.Equal(ten.Select(t => t.Key + "=v"), s.Stored(image.Id));

            await s.Owner.AddTag(image.Id, "k3", "new");
            Assert.Equal(ten.Select(t => t.Key + (t.Key == "k3" ? "=new" : "=v")), await s.Owner.TagsOf(image.Id));
        }

        [Fact]
        public async Task Only_the_owner_changes_tags_and_an_image_the_caller_does_not_see_is_IMG_0027()
        {
            await using var s = await ImsSession.StartAsync();
            var own = s.AddImage("own", tags: Tag("a", "1"));
            var othersPublic = s.AddImage("public", OtherProjectId, isPublic: true, Tag("b", "2"));
            // An image of the member project that the owner sees as shared with it (a membership of the catalogue).
            var sharedWithOwner = new CatalogueImage
            {
                Id = Guid.NewGuid().ToString(),
                Name = "shared",
                Owner = ImsSession.MemberProjectId,
                MemberStatus = "accepted",
            };
            s.Ims.Catalogue.Add(sharedWithOwner);

            await Refused(HttpStatusCode.Forbidden, "IMG.0026", () => s.Owner.AddTag(othersPublic.Id, "x", "y"));
            await Refused(HttpStatusCode.Forbidden, "IMG.0026", () => s.Owner.AddTag(sharedWithOwner.Id, "x", "y"));
            await Refused(HttpStatusCode.Forbidden, "IMG.0026", () => s.Owner.DeleteTag(othersPublic.Id, "b"));
            await Refused(HttpStatusCode.BadRequest, "IMG.0027", () => s.Member.AddTag(own.Id, "x", "y"));
            await Refused(HttpStatusCode.BadRequest, "IMG.0027", () => s.Member.DeleteTag(own.Id, "a"));
            await Refused(HttpStatusCode.BadRequest, "IMG.0027", () => s.Member.ListImageTagsAsync(new ListImageTagsQuery { ImageId = own.Id }));
            await Refused(HttpStatusCode.BadRequest, "IMG.0027", () => s.Owner.AddTag(Guid.NewGuid().ToString(), "x", "y"));

            Assert.Equal(new[] { "a=1" }, s.Stored(own.Id));
            Assert.Equal(new[] { "b=2" }, s.Stored(othersPublic.Id));
            Assert.Empty(s.Stored(sharedWithOwner.Id));
            Assert.Equal(new[] { "b=2" }, await s.Member.TagsOf(othersPublic.Id));
        }

        [Fact]
        public async Task A_deleted_tag_is_gone_everywhere_and_deleting_it_again_is_a_404()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged", tags: new[] { Tag("a", "1"), Tag("b", "2"), Tag("c", "3") });

            await s.Owner.DeleteTag(image.Id, "b");

            Assert.Equal(new[] { "a=1", "c=3" }, await s.Owner.TagsOf(image.Id));
            Assert.Empty(await s.Owner.FoundByTag("b=2"));
            Assert.Equal(new[] { image.Id }, await s.Owner.FoundByTag("c=3"));
            await Refused(HttpStatusCode.NotFound, "IMG.0115", () => s.Owner.DeleteTag(image.Id, "b"));
            Assert.Equal(new[] { "a=1", "c=3" }, s.Stored(image.Id));
        }

        [Fact]
        public async Task A_key_is_deleted_whatever_its_characters_and_length()
        {
            await using var s = await ImsSession.StartAsync();
            var odd = "legacy key/with spaces.and_a_length_past_the_36_of_new_keys";
            var image = s.AddImage("legacy", tags: new[] { Tag(odd, "old value"), Tag("b", "2") });

            await s.Owner.DeleteTag(image.Id, odd);

            Assert.Equal(new[] { "b=2" }, await s.Owner.TagsOf(image.Id));
        }

        [Theory]
        [InlineData("{\"tag\": \"key1=value1\"}", "IMG.0001")]
        [InlineData("{\"tag\": {\"key\": \"k\"}}", "IMG.0001")]
        [InlineData("{\"tag\": {\"key\": 7, \"value\": \"v\"}}", "IMG.0001")]
        [InlineData("{\"tags\": {\"key\": \"k\", \"value\": \"v\"}}", "IMG.0001")]
        [InlineData("{\"tag\": ", "IMG.0001")]
        [InlineData("", "IMG.0007")]
        public async Task A_malformed_body_is_a_400_and_changes_nothing(string body, string code)
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged", tags: Tag("kept", "1"));

            var answer = await s.SendRaw(HttpMethod.Post, $"v2/{ImsSession.OwnerProjectId}/images/{image.Id}/tags", body);

            Assert.Equal((HttpStatusCode.BadRequest, code), answer);
            Assert.Equal(new[] { "kept=1" }, s.Stored(image.Id));
        }
    }
}
