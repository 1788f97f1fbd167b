using System.Text.Json.Nodes;
using CloudImages.Importer.Tests.Infrastructure;
using Xunit;

namespace CloudImages.Importer.Tests.Import
{
    /// <summary>Importing "Querying Images" (the newer revision) yields what the committed spec transcribes by hand.</summary>
    public sealed class QueryingImagesImportTests : IDisposable
    {
        private static readonly JsonObject Committed = JsonNode.Parse(File.ReadAllText(Paths.ImsSpec))!.AsObject();

        private readonly Draft _draft = new(Paths.QueryingImages);

        [Fact]
        public void The_operation_is_named_from_the_title_with_the_method_and_path_of_the_URI_section()
        {
            Assert.Equal("QueryImages", (string?)_draft.Operation["name"]);
            Assert.Equal("GET", (string?)_draft.Operation["method"]);
            Assert.Equal("/v2/cloudimages", (string?)_draft.Operation["path"]);
            Assert.Equal("1.1", (string?)_draft.Spec["specVersion"]);
        }

        [Fact]
        public void It_finds_the_36_query_parameters_of_the_committed_spec_in_page_order()
        {
            var committed = Committed["operations"]![0]!["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToList();
            Assert.Equal(36, _draft.Parameters.Count);
            Assert.Equal(committed, _draft.Parameters.Select(p => (string)p["name"]!));
            Assert.All(_draft.Parameters, p => Assert.Equal("query", (string?)p["in"]));
            Assert.All(_draft.Parameters, p => Assert.Null(p["required"]));
        }

        [Theory]
        [InlineData("__whole_image", "boolean")]
        [InlineData("protected", "boolean")]
        [InlineData("min_ram", "integer")]
        [InlineData("min_disk", "integer")]
        [InlineData("limit", "integer")]
        [InlineData("owner", "string")]
        [InlineData("created_at", "string")]
        [InlineData("tag", "string")]
        // "The value can be **true**": one boolean value is not an enum.
        [InlineData("__isregistered", "string")]
        // "See Table 2 for its value": the values are on another page.
        [InlineData("__support_xen_gpu_type", "string")]
        public void Types_come_from_the_Type_column(string name, string type)
        {
            Assert.Equal(type, (string?)_draft.Parameter(name)["type"]);
        }

        [Theory]
        [InlineData("visibility")]
        [InlineData("status")]
        [InlineData("disk_format")]
        [InlineData("sort_key")]
        [InlineData("sort_dir")]
        [InlineData("__os_type")]
        [InlineData("member_status")]
        [InlineData("virtual_env_type")]
        [InlineData("__imagetype")]
        public void Enum_values_in_sentences_and_bullet_lists_are_the_committed_spec_s(string name)
        {
            var parameter = _draft.Parameter(name);
            Assert.Equal("enum", (string?)parameter["type"]);
            Assert.Equal(CommittedValues(name).Order(StringComparer.Ordinal), _draft.Values(parameter).Order(StringComparer.Ordinal));
        }

        [Fact]
        public void The_newer_page_spells_Red_Hat_with_a_space()
        {
            var values = _draft.Values(_draft.Parameter("__platform"));
            Assert.Contains("Red Hat", values);
            Assert.DoesNotContain("RedHat", values);
            Assert.Equal(12, values.Count);
        }

        [Fact]
        public void Defaults_and_ranges_come_from_the_description()
        {
            Assert.Equal(500, (double)_draft.Parameter("limit")["default"]!);
            Assert.Equal("zvhd2", (string?)_draft.Parameter("disk_format")["default"]);
            Assert.Equal("created_at", (string?)_draft.Parameter("sort_key")["default"]);
            Assert.Equal("desc", (string?)_draft.Parameter("sort_dir")["default"]);
            Assert.Equal(1, (double)_draft.Parameter("min_disk")["minimum"]!);
            Assert.Equal(1024, (double)_draft.Parameter("min_disk")["maximum"]!);
            Assert.Null(_draft.Parameter("min_ram")["default"]);
        }

        [Fact]
        public void The_response_follows_the_images_field_to_its_table()
        {
            Assert.Equal(200, (int)_draft.Operation["response"]!["status"]!);
            var response = (string)_draft.Operation["response"]!["schema"]!;
            var images = _draft.Field(response, "images");
            Assert.Equal("array", (string?)images["type"]);
            var image = (string)images["items"]!["schema"]!;
            // The 53 fields of the committed spec, and the two the newer page adds.
            Assert.Equal(55, _draft.Schema(image)["fields"]!.AsArray().Count);
            Assert.Equal("string", (string?)_draft.Field(image, "__support_kvm_hi1822_hisriov")["type"]);
            Assert.Equal("long", (string?)_draft.Field(image, "size")["type"]);
            Assert.Equal("integer", (string?)_draft.Field(image, "virtual_size")["type"]);
        }

        [Fact]
        public void The_abnormal_returned_values_become_the_errors()
        {
            Assert.Equal(new[] { 400, 401, 403, 404, 500, 503 }, _draft.Operation["errors"]!.AsArray().Select(e => (int)e!["status"]!));
        }

        [Fact]
        public void Constraint_sentences_are_listed_for_review_and_no_rule_is_drafted()
        {
            var sentences = _draft.ReviewItems("constraint").Where(i => ((string)i["where"]!).StartsWith("query.", StringComparison.Ordinal)).ToList();
            Assert.Contains(sentences, s => (string?)s["where"] == "query.sort_dir" && (string?)s["text"] == "This parameter is used together with parameter sort_key.");
            Assert.Equal(
                new[] { "query.__support_xen_gpu_type", "query.__support_kvm_gpu_type", "query.__support_xen_hana", "query.__support_kvm_infiniband" },
                sentences.Where(s => ((string)s["text"]!).Contains("cannot co-exist", StringComparison.Ordinal)).Select(s => (string)s["where"]!));
            Assert.Null(_draft.Operation["rules"]);
        }

        [Fact]
        public void The_example_response_is_written_as_a_fixture()
        {
            Assert.Contains("draft.example-response-1.json", _draft.Files);
            var example = JsonNode.Parse(_draft.ReadFile("draft.example-response-1.json"))!;
            Assert.Equal(2, example["images"]!.AsArray().Count);
            Assert.Equal("bc6bed6e-ba3a-4447-afcc-449174a3eb52", (string?)example["images"]![0]!["id"]);
        }

        [Fact]
        public void The_older_revision_writes_its_query_as_a_URI_template_which_is_not_part_of_the_path()
        {
            using var older = new Draft(Paths.OlderQueryingImages);
            Assert.Equal("/v2/cloudimages", (string?)older.Operation["path"]);
            Assert.Equal(36, older.Parameters.Count);
            Assert.Contains("RedHat", older.Values(older.Parameter("__platform")));
        }

        public void Dispose() => _draft.Dispose();

        private static IEnumerable<string> CommittedValues(string parameter)
        {
            var name = (string)Committed["operations"]![0]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == parameter)!["enum"]!;
            return Committed["enums"]!.AsArray().Single(e => (string?)e!["name"] == name)!["values"]!.AsArray().Select(v => (string)v!["value"]!);
        }
    }
}
