using System.Text.Json.Nodes;
using CloudImages.Importer.Tests.Infrastructure;
using Xunit;

namespace CloudImages.Importer.Tests.Specs
{
    /// <summary>Every committed IMS spec against its page of the shared API reference: no drift, and every constraint
    /// sentence the importer finds on the page accounted for by the spec's "constraints", once.</summary>
    public sealed class CommittedSpecTests
    {
        public static TheoryData<string> CommittedSpecs() => new(ImsSpecs.Committed().Select(Path.GetFileName)!);

        [Fact]
        public void Every_operation_page_but_the_deprecated_ones_has_a_spec()
        {
            var pages = Paths.ApiPages().Where(p => !p.Contains("deprecated", StringComparison.Ordinal)).ToList();
            var specs = ImsSpecs.Committed().Select(s => Path.GetRelativePath(Paths.Reference, ImsSpecs.PageOf(Path.GetFileName(s))));

            Assert.Equal(41, pages.Count);
            Assert.Equal(pages, specs.Order(StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(CommittedSpecs))]
        public void The_spec_does_not_drift_from_its_page(string spec)
        {
            var (code, output, error) = Command.Run("drift", ImsSpecs.Path(spec), ImsSpecs.PageOf(spec));

            Assert.True(code == 0, output + error);
        }

        [Theory]
        [MemberData(nameof(CommittedSpecs))]
        public void Every_constraint_sentence_of_the_page_is_accounted_for_once(string spec)
        {
            using var draft = new Draft(ImsSpecs.PageOf(spec));
            var sentences = draft.ReviewItems("constraint").Select(i => (Where: (string)i["where"]!, Text: (string)i["text"]!)).ToList();
            var entries = ImsSpecs.Constraints(spec);

            // An entry with "where" accounts for the sentence stated of that member; one without, for every statement of it.
            var problems = new List<string>();
            foreach (var sentence in sentences)
            {
                var covering = entries.Count(e => e.Text == sentence.Text && (e.Where is null || e.Where == sentence.Where));
                if (covering != 1)
                {
                    problems.Add($"{covering} entries for {sentence.Where}: {sentence.Text}");
                }
            }

            foreach (var entry in entries.Where(e => !sentences.Any(s => s.Text == e.Text && (e.Where is null || e.Where == s.Where))))
            {
                problems.Add($"no such sentence on the page: {entry.Where}: {entry.Text}");
            }

            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        }
    }

    /// <summary>The specs under spec/ims, and the page each transcribes (its file name, '_' written '-').</summary>
    internal static class ImsSpecs
    {
        private static readonly Lazy<Dictionary<string, string>> Pages = new(() => Paths.ApiPages()
            .ToDictionary(p => System.IO.Path.GetFileNameWithoutExtension(p).Replace('_', '-') + ".cloud-api.json", Paths.Page));

        public static IEnumerable<string> Committed() =>
            Directory.GetFiles(System.IO.Path.Combine(Paths.RepoRoot, "spec", "ims"), "*.cloud-api.json").Order(StringComparer.Ordinal);

        public static string Path(string spec) => System.IO.Path.Combine(Paths.RepoRoot, "spec", "ims", spec);

        public static string PageOf(string spec) =>
            Pages.Value.TryGetValue(spec, out var page) ? page : throw new InvalidOperationException($"{spec} names no page of the API reference");

        public static IReadOnlyList<(string? Where, string Text, int Rules, bool Unchecked)> Constraints(string spec) =>
            JsonNode.Parse(File.ReadAllText(Path(spec)))!["operations"]!.AsArray()
                .SelectMany(o => o!["constraints"]?.AsArray() ?? new JsonArray())
                .Select(c => ((string?)c!["where"], (string)c["text"]!, c["rules"]?.AsArray().Count ?? 0, c["unchecked"] is not null))
                .ToList();
    }
}
