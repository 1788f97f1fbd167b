using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Tags.TagKit;

namespace CloudImages.EndToEnd.Tests.Operations.Tags
{
    /// <summary>ListProjectImageTags: every key of the caller's own images with the values it has on them.</summary>
    public sealed class ProjectTagsTests
    {
        [Fact]
        public async Task Each_key_of_the_callers_images_is_listed_once_with_each_of_its_values_once()
        {
            await using var s = await ImsSession.StartAsync();
            var first = s.AddImage("a", tags: new[] { Tag("key3", "valueXX"), Tag("key8") });
            s.AddImage("b", tags: new[] { Tag("key3", "value3"), Tag("key9", "value9") });
            s.AddImage("c", tags: Tag("key3", "valueXX"));
            s.AddImage("public", OtherProjectId, isPublic: true, Tag("foreign", "x"));
            s.AddImage("members", ImsSession.MemberProjectId, tags: Tag("key3", "theirs"));

            var owner = await Listed(s.Owner);

            Assert.Equal(new[] { "key3=value3,valueXX", "key8=", "key9=value9" }, owner);
            Assert.Equal(new[] { "key3=theirs" }, await Listed(s.Member));

            await s.Owner.DeleteTag(first.Id, "key8");
            await s.Owner.AddTag(first.Id, "key9", "other");
            Assert.Equal(new[] { "key3=value3,valueXX", "key9=other,value9" }, await Listed(s.Owner));
        }

        [Fact]
        public async Task A_project_without_tags_has_an_empty_list()
        {
            await using var s = await ImsSession.StartAsync();
            s.AddImage("untagged");

            var answer = await s.Owner.ListProjectImageTagsAsync(new ListProjectImageTagsQuery());

            Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<ProjectImageTag>>(answer.Tags));
        }

        // Each key as key=value,value; keys and values in ordinal order, so the comparison does not depend on them.
        private static async Task<List<string>> Listed(CloudImagesClient client)
        {
            var answer = await client.ListProjectImageTagsAsync(new ListProjectImageTagsQuery());
            return answer.Tags!
                .Select(t => $"{t.Key}={string.Join(',', t.Values!.Order(StringComparer.Ordinal))}")
                .Order(StringComparer.Ordinal)
                .ToList();
        }
    }
}
