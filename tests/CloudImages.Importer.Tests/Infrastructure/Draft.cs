using System.Text.Json.Nodes;
using Xunit;

namespace CloudImages.Importer.Tests.Infrastructure
{
    /// <summary>A page imported through the command into a temporary folder: the spec, the review list and what
    /// was printed.</summary>
    internal sealed class Draft : IDisposable
    {
        private readonly TempDirectory _directory = new();

        public Draft(string page)
        {
            SpecPath = _directory.File("draft.cloud-api.json");
            (ExitCode, Output, Error) = Command.Run("import", page, "-o", SpecPath);
            // 1: written, with warnings that name what was assumed (creating_an_image.rst's "Sting").
            Assert.True(ExitCode == (Error.Contains(": warning: ", StringComparison.Ordinal) ? 1 : 0), Error);
            Spec = JsonNode.Parse(File.ReadAllText(SpecPath))!.AsObject();
            Review = JsonNode.Parse(File.ReadAllText(_directory.File("draft.review.json")))!.AsObject();
        }

        public int ExitCode { get; }

        public string Output { get; }

        public string Error { get; }

        public string SpecPath { get; }

        public JsonObject Spec { get; }

        public JsonObject Review { get; }

        public IReadOnlyList<string> Files => _directory.Files();

        public JsonObject Operation => Spec["operations"]![0]!.AsObject();

        public IReadOnlyList<JsonObject> Parameters => Operation["parameters"]!.AsArray().Select(p => p!.AsObject()).ToList();

        public JsonObject Parameter(string name) => Parameters.Single(p => (string?)p["name"] == name);

        public JsonObject Schema(string name) => Spec["schemas"]!.AsArray().Single(s => (string?)s!["name"] == name)!.AsObject();

        public JsonObject Field(string schema, string name) => Schema(schema)["fields"]!.AsArray().Single(f => (string?)f!["name"] == name)!.AsObject();

        /// <summary>The values of the enum a member names.</summary>
        public IReadOnlyList<string> Values(JsonObject member) =>
            Spec["enums"]!.AsArray().Single(e => (string?)e!["name"] == (string?)member["enum"])!["values"]!.AsArray().Select(v => (string)v!["value"]!).ToList();

        public IEnumerable<JsonObject> ReviewItems(string kind) => Review["items"]!.AsArray().Select(i => i!.AsObject()).Where(i => (string?)i["kind"] == kind);

        public string ReadFile(string name) => File.ReadAllText(_directory.File(name));

        public void Dispose() => _directory.Dispose();
    }
}
