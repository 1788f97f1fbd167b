using System.Text.Json;
using System.Text.Json.Nodes;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.OpenStack.OpenStackKit;

namespace CloudImages.EndToEnd.Tests.Operations.OpenStack
{
    public sealed class OpenStackSchemaTests
    {
        [Theory]
        [InlineData("image", "querying-an-image-schema-native-openstack-api")]
        [InlineData("images", "querying-an-image-list-schema-native-openstack-api")]
        [InlineData("member", "querying-a-schema-for-an-image-sharing-member-native-openstack-api")]
        [InlineData("members", "querying-a-schema-for-an-image-sharing-member-list-native-openstack-api")]
        public async Task Each_schema_is_the_example_of_its_page(string name, string page)
        {
            await using var s = await ImsSession.StartAsync();
            var example = JsonNode.Parse(File.ReadAllText(Path.Combine(Examples(), page + ".example-response-1.json")));

            var (status, body, _) = await GetRawAsync(s, "/v2/schemas/" + name);

            Assert.Equal(System.Net.HttpStatusCode.OK, status);
            Assert.True(JsonNode.DeepEquals(example, JsonNode.Parse(body.GetRawText())), $"/v2/schemas/{name} differs from {page}.");
        }

        [Fact]
        public async Task The_client_reads_each_schema()
        {
            await using var s = await ImsSession.StartAsync();

            var image = await s.Owner.OpenStackGetImageSchemaAsync(new OpenStackGetImageSchemaQuery());
            var images = await s.Owner.OpenStackGetImagesSchemaAsync(new OpenStackGetImagesSchemaQuery());
            var member = await s.Owner.OpenStackGetMemberSchemaAsync(new OpenStackGetMemberSchemaQuery());
            var members = await s.Owner.OpenStackGetMembersSchemaAsync(new OpenStackGetMembersSchemaQuery());

            Assert.Equal("image", image.Name);
            Assert.Equal(new[] { "self", "enclosure", "describedby" }, image.Links!.Select(l => l.Rel));
            Assert.Equal(JsonValueKind.Object, image.Properties!.Value.GetProperty("status").ValueKind);
            Assert.Equal("images", images.Name);
            Assert.Equal("member", member.Name);
            Assert.Equal("members", members.Name);
        }

        /// <summary>spec/ims/examples of this repository, found above the test's output folder.</summary>
        private static string Examples()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                var examples = Path.Combine(folder.FullName, "spec", "ims", "examples");
                if (Directory.Exists(examples))
                {
                    return examples;
                }
            }

            throw new DirectoryNotFoundException("spec/ims/examples is not above " + AppContext.BaseDirectory);
        }
    }
}
