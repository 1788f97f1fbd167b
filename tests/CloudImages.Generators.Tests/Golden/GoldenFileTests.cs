using System.Reflection;
using CloudImages.Generators.Tests.Infrastructure;
using Xunit;

namespace CloudImages.Generators.Tests.Golden
{
    /// <summary>The full generated text of the IMS spec and of the tests' second spec, checked in under Golden/ and read by
    /// people: a change to the emitters shows as a diff of the generated code in review. Set
    /// CLOUDIMAGES_UPDATE_GOLDEN=1 to rewrite the files after a deliberate change, then read the diff.</summary>
    public class GoldenFileTests
    {
        private const string UpdateVariable = "CLOUDIMAGES_UPDATE_GOLDEN";

        public static TheoryData<string> Specs => new() { "querying-images", "servers", "image-writes" };

        [Theory]
        [MemberData(nameof(Specs))]
        public void The_generated_code_is_the_checked_in_code(string spec)
        {
            var directory = Path.Combine(SourceDirectory(), spec);
            var generated = Generate(spec);
            if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            {
                Rewrite(directory, generated);
            }

            var expected = Directory.GetFiles(directory, "*.g.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), generated.Keys.Order(StringComparer.Ordinal));
            foreach (var (name, text) in generated)
            {
                // One file at a time, so a failure names the file and shows where it differs.
                Assert.True(expected[name] == text, $"{spec}/{name} differs from the generated code; set {UpdateVariable}=1 to rewrite it.");
            }
        }

        [Theory]
        [MemberData(nameof(Specs))]
        public void Generated_lines_are_at_most_120_characters_and_end_with_a_line_feed(string spec)
        {
            foreach (var (name, text) in Generate(spec))
            {
                Assert.DoesNotContain('\r', text);
                var lines = text.Split('\n');
                var longest = lines.Select((line, i) => (Line: i + 1, line.Length)).MaxBy(l => l.Length);
                Assert.True(longest.Length <= 120, $"{name}:{longest.Line} is {longest.Length} characters long");
            }
        }

        [Theory]
        [MemberData(nameof(Specs))]
        public void No_blank_line_opens_or_closes_a_block_and_none_is_doubled(string spec)
        {
            foreach (var (name, text) in Generate(spec))
            {
                Assert.DoesNotContain("{\n\n", text, StringComparison.Ordinal);
                Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
                var lines = text.Split('\n');
                for (var i = 1; i < lines.Length; i++)
                {
                    Assert.False(
                        lines[i].TrimStart().StartsWith('}') && lines[i - 1].Length == 0,
                        $"{name}:{i + 1} closes a block after a blank line");
                }
            }
        }

        private static Dictionary<string, string> Generate(string spec)
        {
            var path = spec == "querying-images" ? GeneratorHarness.ImsSpecPath : Path.Combine(GeneratorHarness.SpecsDirectory, spec + ".cloud-api.json");
            // With Microsoft.Extensions.Http and configuration referenced, so the registration code is generated too.
            var compilation = GeneratorHarness.Compilation(
                GeneratorHarness.HttpClientFactoryReferences.Value, "namespace Consumer { internal static class Placeholder { } }");
            var run = GeneratorHarness.Run(compilation, null, new InMemoryAdditionalText(Path.GetFileName(path), File.ReadAllText(path)));
            Assert.Empty(run.GeneratorDiagnostics);
            return run.Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        }

        private static void Rewrite(string directory, Dictionary<string, string> generated)
        {
            Directory.CreateDirectory(directory);
            foreach (var stale in Directory.GetFiles(directory, "*.g.cs"))
            {
                File.Delete(stale);
            }

            foreach (var (name, text) in generated)
            {
                File.WriteAllText(Path.Combine(directory, name), text);
            }
        }

        /// <summary>Golden/ in the source tree, from the RepoRoot metadata: a CI build maps source paths, so
        /// [CallerFilePath] would not name a real folder.</summary>
        private static string SourceDirectory() => Path.Combine(
            typeof(GoldenFileTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!,
            "tests",
            "CloudImages.Generators.Tests",
            "Golden");
    }
}
