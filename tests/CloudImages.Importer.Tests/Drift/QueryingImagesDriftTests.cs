using System.Text.Json.Nodes;
using CloudImages.Importer.Tests.Infrastructure;
using Xunit;

namespace CloudImages.Importer.Tests.Drift
{
    /// <summary>The committed spec against the two revisions of "Querying Images". It follows the newer page, which
    /// renames RedHat to "Red Hat" (in the __platform parameter and the __platform field) and adds two image fields;
    /// nothing else changed in a way the spec records (the sort_key wording and "1,024" are text).</summary>
    public sealed class QueryingImagesDriftTests
    {
        [Fact]
        public void The_committed_spec_does_not_drift_from_the_newer_page()
        {
            var (code, output, error) = Command.Run("drift", Paths.ImsSpec, Paths.QueryingImages);
            Assert.True(code == 0, output + error);
            Assert.Equal($"{Paths.ImsSpec}: no drift from {Paths.QueryingImages}", output.Trim());
        }

        [Fact]
        public void Against_the_older_page_it_reports_exactly_the_rename_and_the_two_new_fields()
        {
            var (code, output, _) = Command.Run("drift", Paths.ImsSpec, Paths.OlderQueryingImages);
            Assert.Equal(1, code);
            Assert.Equal(
                new[]
                {
                    "removed: response.images[].__support_kvm_hi1822_hisriov",
                    "removed: response.images[].__support_kvm_hi1822_hivirtionet",
                    "value renamed: query.__platform: 'Red Hat' -> 'RedHat'",
                    "value renamed: response.images[].__platform: 'Red Hat' -> 'RedHat'",
                },
                Differences(output).Order(StringComparer.Ordinal));
        }

        [Fact]
        public void A_deviation_hides_the_deliberate_reading_and_without_it_the_reading_is_drift()
        {
            using var directory = new TempDirectory();
            var spec = JsonNode.Parse(File.ReadAllText(Paths.ImsSpec))!.AsObject();
            var virtualSize = Image(spec).Single(f => (string?)f!["name"] == "virtual_size")!.AsObject();
            Assert.Equal("Integer", (string?)virtualSize["deviation"]!["documented"]!["type"]);
            virtualSize.Remove("deviation");
            var path = directory.File("spec.cloud-api.json");
            File.WriteAllText(path, spec.ToJsonString());

            var (code, output, _) = Command.Run("drift", path, Paths.QueryingImages);

            Assert.Equal(1, code);
            Assert.Equal("type changed: response.images[].virtual_size: spec long, page integer", Assert.Single(Differences(output)));
        }

        [Fact]
        public void A_deviation_still_reports_a_page_that_changes_again()
        {
            using var directory = new TempDirectory();
            var spec = JsonNode.Parse(File.ReadAllText(Paths.ImsSpec))!.AsObject();
            var platform = Image(spec).Single(f => (string?)f!["name"] == "__platform")!.AsObject();
            // A spec that reads "Red Hat", and says the page documents RedHat (as the older one does).
            var values = spec["enums"]!.AsArray().Single(e => (string?)e!["name"] == "Platform")!["values"]!.AsArray().Select(v => (string)v!["value"]!).ToList();
            platform["deviation"] = new JsonObject
            {
                ["reason"] = "Newer servers send Red Hat.",
                ["documented"] = new JsonObject { ["values"] = new JsonArray(values.Select(v => (JsonNode)(v == "Red Hat" ? "RedHat" : v)).ToArray()) },
            };
            var path = directory.File("spec.cloud-api.json");
            File.WriteAllText(path, spec.ToJsonString());

            var newer = Differences(Command.Run("drift", path, Paths.QueryingImages).Output);
            var older = Differences(Command.Run("drift", path, Paths.OlderQueryingImages).Output);

            Assert.DoesNotContain("value renamed: response.images[].__platform: 'Red Hat' -> 'RedHat'", older);
            Assert.Contains("value renamed: query.__platform: 'Red Hat' -> 'RedHat'", older);
            Assert.Equal("value renamed: response.images[].__platform: 'RedHat' -> 'Red Hat'", Assert.Single(newer));
        }

        [Fact]
        public void A_spec_that_cannot_be_read_is_bad_input()
        {
            using var directory = new TempDirectory();
            var path = directory.File("broken.cloud-api.json");
            File.WriteAllText(path, "{ \"operations\": [");
            var (code, _, error) = Command.Run("drift", path, Paths.QueryingImages);
            Assert.Equal(2, code);
            Assert.StartsWith("error: ", error, StringComparison.Ordinal);
            Assert.Equal(2, Command.Run("drift", directory.File("missing.cloud-api.json"), Paths.QueryingImages).ExitCode);
        }

        [Fact]
        public void A_page_that_is_not_an_API_page_is_bad_input()
        {
            var index = Paths.Page("index.rst");
            var (code, _, error) = Command.Run("drift", Paths.ImsSpec, index);
            Assert.Equal(2, code);
            Assert.Contains(index + ":1:1: error: ", error, StringComparison.Ordinal);
        }

        private static JsonArray Image(JsonObject spec) =>
            spec["schemas"]!.AsArray().Single(s => (string?)s!["name"] == "Image")!["fields"]!.AsArray();

        private static List<string> Differences(string output) =>
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.Contains(" difference(s) from ", StringComparison.Ordinal) && !l.Contains(": no drift from ", StringComparison.Ordinal)).ToList();
    }
}
