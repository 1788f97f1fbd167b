using System.Text.Json.Nodes;
using CloudImages.Importer.Tests.Infrastructure;
using Xunit;

namespace CloudImages.Importer.Tests.Drift
{
    /// <summary>A JSON Patch operation: the page tables the RFC's op, path and value as body members, the spec writes
    /// patch attributes; the drift check compares the operations the page allows with those the attributes use.</summary>
    public sealed class JsonPatchDriftTests
    {
        private static readonly string Spec = Path.Combine(Paths.RepoRoot, "spec", "ims", "updating-an-image.cloud-api.json");
        private static readonly string Page = Paths.Page("ims_apis/image/updating_an_image.rst");

        [Fact]
        public void The_patch_format_is_not_reported_as_members_the_spec_lacks()
        {
            var (code, output, error) = Command.Run("drift", Spec, Page);

            Assert.True(code == 0, output + error);
        }

        [Fact]
        public void An_operation_the_page_allows_and_no_attribute_uses_is_drift()
        {
            using var directory = new TempDirectory();
            var spec = JsonNode.Parse(File.ReadAllText(Spec))!.AsObject();
            var patch = spec["operations"]![0]!["requestBody"]!["patch"]!;
            foreach (var attribute in patch["attributes"]!.AsArray())
            {
                attribute!["operations"] = new JsonArray("replace");
            }

            patch.AsObject().Remove("extensions");
            var path = directory.File("spec.cloud-api.json");
            File.WriteAllText(path, spec.ToJsonString());

            var (code, output, _) = Command.Run("drift", path, Page);

            Assert.Equal(1, code);
            Assert.Equal(
                new[] { "value added: body.[Array][].op: 'add'", "value added: body.[Array][].op: 'remove'" },
                output.Split('\n').Where(l => l.StartsWith("value", StringComparison.Ordinal)).Select(l => l.TrimEnd('\r')).Order(StringComparer.Ordinal));
        }
    }
}
