using System.Text.Json.Nodes;
using CloudImages.Importer.Tests.Infrastructure;
using Xunit;

namespace CloudImages.Importer.Tests.Import
{
    /// <summary>"Creating an Image": three alternative request tables, nested tables, constraint sentences, "Sting".</summary>
    public sealed class CreatingAnImageImportTests : IDisposable
    {
        private static readonly string PagePath = Paths.Page("ims_apis/image/creating_an_image.rst");

        private readonly Draft _draft = new(PagePath);

        [Fact]
        public void The_three_alternative_request_tables_are_drafted_as_one_body_and_listed_for_review()
        {
            Assert.Equal("CreateImage", (string?)_draft.Operation["name"]);
            Assert.Equal("POST", (string?)_draft.Operation["method"]);
            var alternatives = Assert.Single(_draft.ReviewItems("alternatives"));
            var text = (string)alternatives["text"]!;
            Assert.StartsWith("3 alternative request tables", text, StringComparison.Ordinal);
            Assert.Contains("'Parameters for creating a system or data disk image from an ECS'", text, StringComparison.Ordinal);
            Assert.Contains("'Parameters for creating an image using an image file uploaded to the OBS bucket'", text, StringComparison.Ordinal);
            Assert.Contains("'Parameters for creating a system disk image using a data disk'", text, StringComparison.Ordinal);

            var body = _draft.Parameters.Where(p => (string?)p["in"] == "body").Select(p => (string)p["name"]!).ToList();
            Assert.Equal(body.Distinct().Count(), body.Count);
            Assert.Contains("instance_id", body);
            Assert.Contains("image_url", body);
            Assert.Contains("volume_id", body);
            Assert.Contains("is_quick_import", body);
            // Each alternative requires a different source: none is mandatory in all three.
            Assert.DoesNotContain(_draft.Parameters, p => p["required"] is not null);
        }

        [Fact]
        public void Nested_tables_become_request_schemas_through_their_ref_links()
        {
            var dataImages = _draft.Parameter("data_images");
            Assert.Equal("array", (string?)dataImages["type"]);
            var dataImage = _draft.Schema((string)dataImages["items"]!["schema"]!);
            Assert.Equal("request", (string?)dataImage["role"]);
            var fields = dataImage["fields"]!.AsArray().Select(f => (string)f!["name"]!).ToList();
            // Table 1 (from an ECS: volume_id) and Table 2 (from files: image_url), under one member.
            Assert.Contains("volume_id", fields);
            Assert.Contains("image_url", fields);

            var imageTag = _draft.Schema((string)_draft.Parameter("image_tags")["items"]!["schema"]!);
            Assert.Equal("request", (string?)imageTag["role"]);
            Assert.Equal(new[] { "key", "value" }, imageTag["fields"]!.AsArray().Select(f => (string)f!["name"]!));
            Assert.All(imageTag["fields"]!.AsArray(), f => Assert.True((bool)f!["required"]!));
        }

        [Fact]
        public void Constraint_sentences_are_listed_for_review()
        {
            var sentences = _draft.ReviewItems("constraint").ToList();
            Assert.Contains(sentences, s => (string?)s["where"] == "body.tags" && (string?)s["text"] == "Use either tags or image_tags.");
            Assert.Contains(sentences, s => (string?)s["where"] == "body.os_version"
                && ((string)s["text"]!).Contains("mandatory when the value of is_quick_import is true", StringComparison.Ordinal));
            Assert.Contains(sentences, s => (string?)s["where"] == "body.data_images" && (string?)s["text"] == "You cannot specify instance_id.");
            Assert.All(sentences, s => Assert.StartsWith(PagePath + ":", (string)s["location"]!, StringComparison.Ordinal));
            Assert.Null(_draft.Operation["rules"]);
        }

        [Fact]
        public void The_unknown_type_word_Sting_is_a_located_warning_that_says_what_was_assumed()
        {
            var warning = $"{PagePath}:328:48: warning: unknown type word 'Sting': assumed String";
            Assert.Contains(warning, _draft.Error, StringComparison.Ordinal);
            Assert.Contains(_draft.Review["warnings"]!.AsArray(), w => (string?)w == warning);
            Assert.Equal("enum", (string?)_draft.Parameter("type")["type"]);
            Assert.Contains("ECS", _draft.Values(_draft.Parameter("type")));
        }

        [Fact]
        public void Defaults_bounds_and_lengths_are_read()
        {
            Assert.Equal(0, (double)_draft.Parameter("min_ram")["default"]!);
            Assert.Equal("ECS", (string?)_draft.Parameter("type")["default"]);
            Assert.Equal("^.{0,1024}$", (string?)_draft.Parameter("description")["pattern"]);
            Assert.Equal(1, (double)_draft.Parameter("min_disk")["minimum"]!);
            Assert.Equal(1024, (double)_draft.Parameter("min_disk")["maximum"]!);
            Assert.Equal(new[] { "bios", "uefi" }, _draft.Values(_draft.Parameter("hw_firmware_type")));
        }

        [Fact]
        public void Every_example_body_is_a_fixture()
        {
            Assert.Equal(10, _draft.Files.Count(f => f.StartsWith("draft.example-request-", StringComparison.Ordinal)));
            Assert.Equal("877a2cda-ba63-4e1e-b95f-e67e48b6129a", (string?)JsonNode.Parse(_draft.ReadFile("draft.example-request-1.json"))!["instance_id"]);
            Assert.Equal("8a12fc664fb4daa3014fb4e581380005", (string?)JsonNode.Parse(_draft.ReadFile("draft.example-response-1.json"))!["job_id"]);
        }

        public void Dispose() => _draft.Dispose();
    }
}
