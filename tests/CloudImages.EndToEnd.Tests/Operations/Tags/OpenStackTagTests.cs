using System.Net;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Tags.TagKit;

namespace CloudImages.EndToEnd.Tests.Operations.Tags
{
    /// <summary>OpenStackAddImageTag and OpenStackDeleteImageTag: tag keys without a value, under /v2/images.</summary>
    public sealed class OpenStackTagTests
    {
        [Fact]
        public async Task An_added_key_is_a_tag_with_an_empty_value_and_deleting_it_removes_it()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged", tags: Tag("kept", "1"));

            await s.Owner.AddOpenStackTag(image.Id, "aaaa");
            await s.Owner.AddOpenStackTag(image.Id, "aaaa");

            Assert.Equal(new[] { "kept=1", "aaaa=" }, await s.Owner.TagsOf(image.Id));
            Assert.Equal(new[] { image.Id }, await s.Owner.FoundByTag("aaaa="));

            await s.Owner.DeleteOpenStackTag(image.Id, "aaaa");

            Assert.Equal(new[] { "kept=1" }, await s.Owner.TagsOf(image.Id));
            Assert.Empty(await s.Owner.FoundByTag("aaaa="));
        }

        [Fact]
        public async Task Deleting_a_key_removes_its_tag_whatever_the_value_and_an_absent_key_is_a_404()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged", tags: new[] { Tag("env", "prod"), Tag("kept", "1") });

            await s.Owner.DeleteOpenStackTag(image.Id, "env");
            var error = await Refused(HttpStatusCode.NotFound, "IMG.0115", () => s.Owner.DeleteOpenStackTag(image.Id, "env"));

            Assert.Equal(new[] { "kept=1" }, s.Stored(image.Id));
            Assert.NotNull(error.RequestId);
        }

        [Fact]
        public async Task Its_page_sets_no_limit_but_the_ims_apis_add_no_key_past_ten()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("full", tags: Enumerable.Range(0, 10).Select(i => Tag("k" + i, "v")).ToArray());

            await s.Owner.AddOpenStackTag(image.Id, "eleventh");
            await Refused(HttpStatusCode.BadRequest, "IMG.0116", () => s.Owner.AddTag(image.Id, "twelfth", "v"));
            await s.Owner.AddTag(image.Id, "k0", "changed");

            var tags = await s.Owner.TagsOf(image.Id);
            Assert.Equal(11, tags.Count);
            Assert.Equal(new[] { "k0=changed", "eleventh=" }, new[] { tags[0], tags[10] });
        }

        [Theory]
        [InlineData("with space")]
        [InlineData("dot.ted")]
        [InlineData("equals=sign")]
        [InlineData("ümlaut")]
        public async Task A_tag_with_other_characters_is_IMG_0115(string tag)
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged", tags: Tag("kept", "1"));
            s.Owner.ValidateQueries = false;

            await Refused(HttpStatusCode.BadRequest, "IMG.0115", () => s.Owner.AddOpenStackTag(image.Id, tag));
            await Refused(HttpStatusCode.BadRequest, "IMG.0115", () => s.Owner.DeleteOpenStackTag(image.Id, tag));

            Assert.Equal(new[] { "kept=1" }, s.Stored(image.Id));
        }

        [Fact]
        public async Task A_key_of_255_characters_is_accepted_and_one_of_256_refused()
        {
            await using var s = await ImsSession.StartAsync();
            var image = s.AddImage("tagged");
            s.Owner.ValidateQueries = false;

            await s.Owner.AddOpenStackTag(image.Id, new string('k', 255));
            await Refused(HttpStatusCode.BadRequest, "IMG.0115", () => s.Owner.AddOpenStackTag(image.Id, new string('k', 256)));

            Assert.Equal(new[] { new string('k', 255) + "=" }, s.Stored(image.Id));
        }

        [Fact]
        public async Task An_unknown_image_is_a_404_and_another_projects_image_a_403()
        {
            await using var s = await ImsSession.StartAsync();
            var own = s.AddImage("own", tags: Tag("a"));
            var othersPublic = s.AddImage("public", OtherProjectId, isPublic: true, Tag("b"));

            await Refused(HttpStatusCode.NotFound, "IMG.0027", () => s.Owner.DeleteOpenStackTag("no-such-image", "a"));
            await Refused(HttpStatusCode.NotFound, "IMG.0027", () => s.Member.DeleteOpenStackTag(own.Id, "a"));
            await Refused(HttpStatusCode.Forbidden, "IMG.0026", () => s.Owner.DeleteOpenStackTag(othersPublic.Id, "b"));
            await Refused(HttpStatusCode.Forbidden, "IMG.0026", () => s.Owner.AddOpenStackTag(othersPublic.Id, "c"));

            Assert.Equal(new[] { "a=" }, s.Stored(own.Id));
            Assert.Equal(new[] { "b=" }, s.Stored(othersPublic.Id));
        }
    }
}
