using CloudImages.Importer.Tests.Infrastructure;
using Xunit;

namespace CloudImages.Importer.Tests.Import
{
    /// <summary>"Adding or Modifying a Tag": Table 1, "Data structure description of the image_tag field", has no
    /// label and no link names it; its caption says which member it describes.</summary>
    public sealed class UnlabelledTableImportTests : IDisposable
    {
        private readonly Draft _draft = new(Paths.Page("ims_apis/image_tagging/adding_or_modifying_a_tag.rst"));

        [Fact]
        public void The_captioned_table_describes_its_member_and_is_not_a_second_request_body()
        {
            var imageTag = _draft.Parameter("image_tag");
            var schema = _draft.Schema((string)imageTag["schema"]!);

            Assert.Equal(new[] { "key", "value" }, schema["fields"]!.AsArray().Select(f => (string)f!["name"]!));
            Assert.DoesNotContain(_draft.Parameters, p => (string?)p["name"] is "key" or "value");
            Assert.True((bool)_draft.Parameter("image_id")["required"]!);
        }

        public void Dispose() => _draft.Dispose();
    }
}
