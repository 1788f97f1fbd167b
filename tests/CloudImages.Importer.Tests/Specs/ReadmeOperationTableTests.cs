using System.Text;
using System.Text.Json.Nodes;
using CloudImages.Importer.Tests.Infrastructure;
using Xunit;

namespace CloudImages.Importer.Tests.Specs
{
    /// <summary>README.md's table of IMS operations is the committed specs' own account: operation, client method,
    /// documentation page and rules. CLOUDIMAGES_UPDATE_README=1 rewrites it from the specs (read the diff).</summary>
    public sealed class ReadmeOperationTableTests
    {
        private const string Start = "<!-- operations:start -->";
        private const string End = "<!-- operations:end -->";

        [Fact]
        public void The_readme_table_lists_every_operation_of_the_committed_specs()
        {
            var readmePath = Path.Combine(Paths.RepoRoot, "README.md");
            var readme = File.ReadAllText(readmePath);
            var start = readme.IndexOf(Start, StringComparison.Ordinal);
            var end = readme.IndexOf(End, StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, $"README.md has no {Start} ... {End} section");

            var expected = Table();
            if (Environment.GetEnvironmentVariable("CLOUDIMAGES_UPDATE_README") == "1")
            {
                File.WriteAllText(readmePath, readme[..(start + Start.Length)] + "\n" + expected + readme[end..]);
                return;
            }

            Assert.Equal(expected, readme.Substring(start + Start.Length + 1, end - start - Start.Length - 1));
        }

        private static string Table()
        {
            var rows = new List<(string Area, string Row)>();
            foreach (var specPath in ImsSpecs.Committed())
            {
                var spec = JsonNode.Parse(File.ReadAllText(specPath))!.AsObject();
                var page = Path.GetRelativePath(Paths.Reference, ImsSpecs.PageOf(Path.GetFileName(specPath))).Replace('\\', '/');
                foreach (var operation in spec["operations"]!.AsArray().Select(o => o!.AsObject()))
                {
                    var name = (string)operation["name"]!;
                    var rules = Rules(spec, operation);
                    var row = $"| {name} | `{(string)operation["method"]!} {(string)operation["path"]!}` | `{name}Async` | "
                        + $"[{page}](../shared/docs/ims-api-ref/{page}) | {(rules.Count == 0 ? "none" : string.Join(", ", rules.Select(r => "`" + r + "`")))} |";
                    rows.Add((page.StartsWith("native", StringComparison.Ordinal) ? "b" : "a", row));
                }
            }

            var text = new StringBuilder();
            text.Append("| operation | method and path | client method | documentation page | rules |\n");
            text.Append("|---|---|---|---|---|\n");
            foreach (var (_, row) in rows.OrderBy(r => r.Area, StringComparer.Ordinal).ThenBy(r => r.Row, StringComparer.Ordinal))
            {
                text.Append(row).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>The operation's declared rules, those its members' bounds and patterns imply, and its request
        /// schemas' rules.</summary>
        private static List<string> Rules(JsonObject spec, JsonObject operation)
        {
            var schemas = (spec["schemas"]?.AsArray() ?? new JsonArray())
                .Select(s => s!.AsObject())
                .Where(s => (string?)s["role"] == "request")
                .SelectMany(s => Own(s, "fields").Select(r => (string)s["name"]! + "." + r));
            return Own(operation, "parameters").Concat(schemas).ToList();
        }

        /// <summary>An object's declared rule ids, then the ones its members' bounds and patterns imply.</summary>
        private static IEnumerable<string> Own(JsonObject owner, string members) =>
            (owner["rules"]?.AsArray() ?? new JsonArray()).Select(r => (string)r!["id"]!)
                .Concat((owner[members]?.AsArray() ?? new JsonArray())
                    .Select(p => p!.AsObject())
                    .SelectMany(p => new[]
                    {
                        p["minimum"] is not null || p["maximum"] is not null ? (string)p["name"]! + "-range" : null,
                        p["pattern"] is not null ? (string)p["name"]! + "-pattern" : null,
                    })
                    .OfType<string>());
    }
}
