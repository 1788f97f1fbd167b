using System.Net;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.OpenStack.OpenStackKit;

namespace CloudImages.EndToEnd.Tests.Operations.OpenStack
{
    public sealed class OpenStackVersionTests
    {
        [Fact]
        public async Task The_versions_are_the_five_of_the_page_with_their_statuses()
        {
            await using var s = await ImsSession.StartAsync();

            var list = await s.Owner.OpenStackListVersionsAsync(new OpenStackListVersionsQuery());

            Assert.Equal(new[] { "v2.2", "v2.1", "v2.0", "v1.1", "v1.0" }, list.Versions!.Select(v => v.Id));
            var statuses = list.Versions!.Select(v => v.Status?.Value);
            Assert.Equal(new[] { "CURRENT", "SUPPORTED", "SUPPORTED", "DEPRECATED", "DEPRECATED" }, statuses);
            Assert.All(list.Versions!, v => Assert.Equal("self", Assert.Single(v.Links!).Rel));
            Assert.Equal("/v1/", list.Versions![4].Links![0].Href);
        }

        [Fact]
        public async Task The_answer_is_300_multiple_choices()
        {
            await using var s = await ImsSession.StartAsync();

            var (status, body, _) = await GetRawAsync(s, "/");
            var (one, single, _) = await GetRawAsync(s, "/v2.1");

            Assert.Equal(HttpStatusCode.MultipleChoices, status);
            Assert.Equal(5, body.GetProperty("versions").GetArrayLength());
            Assert.Equal(HttpStatusCode.MultipleChoices, one);
            Assert.Equal(1, single.GetProperty("versions").GetArrayLength());
        }

        [Fact]
        public async Task One_version_is_the_only_item_of_the_list()
        {
            await using var s = await ImsSession.StartAsync();

            var list = await s.Owner.OpenStackGetVersionAsync(new OpenStackGetVersionQuery { Version = "v2.0" });

            var version = Assert.Single(list.Versions!);
            Assert.Equal("v2.0", version.Id);
            Assert.Equal(OpenStackVersionStatus.Supported, version.Status);
            Assert.Equal("/v2/", Assert.Single(version.Links!).Href);
        }

        [Theory]
        [InlineData("v3.0")]
        [InlineData("v2")]
        public async Task An_unknown_version_is_a_404(string version)
        {
            await using var s = await ImsSession.StartAsync();

            var query = new OpenStackGetVersionQuery { Version = version };

            await RefusedAsync(() => s.Owner.OpenStackGetVersionAsync(query), HttpStatusCode.NotFound, "APIG.0101");
        }
    }
}
