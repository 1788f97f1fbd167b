using CloudImages.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace CloudImages.Generators.Tests.Hardening
{
    /// <summary>Thousands of broken variants of the real spec: the generator never throws, every rejected spec says why
    /// inside the spec file, and every accepted spec's output compiles.</summary>
    /// <remarks>Identical outputs are compiled once. <c>CLOUDIMAGES_FUZZ_MUTATIONS</c> raises the count (and
    /// <c>CLOUDIMAGES_FUZZ_SEED</c> changes the seed) for a longer run.</remarks>
    public class SpecFuzzTests(ITestOutputHelper output)
    {
        private static readonly int Mutations = int.TryParse(Environment.GetEnvironmentVariable("CLOUDIMAGES_FUZZ_MUTATIONS"), out var n) ? n : 5000;
        private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("CLOUDIMAGES_FUZZ_SEED"), out var s) ? s : 20261129;
        private const string Path = "fuzz.cloud-api.json";

        /// <summary>The IMS spec (format 1.0) and the test spec of format 1.1: bodies, nested request objects, JSON
        /// Patch, binary bodies, header answers, client parameters and jobs.</summary>
        public static TheoryData<string> Specs => new() { "querying-images", "image-writes" };

        [Theory]
        [MemberData(nameof(Specs))]
        public void Mutated_specs_never_crash_the_generator_and_accepted_ones_compile(string spec)
        {
            var compilation = GeneratorHarness.Compilation(null, "namespace App { internal static class A { } }");
            var compiledOutputs = new HashSet<string>();
            var counts = new Dictionary<string, int>();
            int rejected = 0, accepted = 0, compiled = 0;

            var source = spec == "querying-images"
                ? GeneratorHarness.ImsSpec
                : File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.SpecsDirectory, spec + ".cloud-api.json"));
            foreach (var (kind, text) in new SpecMutator(source, Seed).Mutations(Mutations))
            {
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
                var driver = GeneratorHarness.Driver(null, new InMemoryAdditionalText(Path, text))
                    .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var driverDiagnostics);
                var result = Assert.Single(driver.GetRunResult().Results);

                Assert.True(result.Exception is null, $"{kind}: {result.Exception}");
                Assert.DoesNotContain(driverDiagnostics, d => d.Id == "CS8785");
                if (result.GeneratedSources.IsEmpty)
                {
                    rejected++;
                    Assert.True(result.Diagnostics.Any(d => IsErrorInSpec(d, text)), $"{kind}: rejected without an error in the spec\n{Describe(result.Diagnostics)}");
                    continue;
                }

                accepted++;
                Assert.DoesNotContain(result.Diagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error);
                var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
                    System.Text.Encoding.UTF8.GetBytes(string.Concat(result.GeneratedSources.Select(s => s.SourceText.ToString())))));
                if (compiledOutputs.Add(key))
                {
                    compiled++;
                    var problems = generated.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
                    Assert.True(problems.Count == 0, $"{kind}: accepted spec does not compile\n{Describe(problems)}");
                }
            }

            output.WriteLine($"{spec}: mutations {Mutations} (seed {Seed}): rejected {rejected}, accepted {accepted}, compiled {compiled} distinct outputs");
            output.WriteLine(string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}")));
            Assert.Equal(Mutations, rejected + accepted);
            Assert.True(rejected > 0 && accepted > 0);
        }

        private static bool IsErrorInSpec(Diagnostic diagnostic, string text)
        {
            var span = diagnostic.Location.GetLineSpan();
            return diagnostic.DefaultSeverity == DiagnosticSeverity.Error
                && diagnostic.Location.Kind == LocationKind.ExternalFile
                && span.Path == Path
                && diagnostic.Location.SourceSpan.End <= text.Length;
        }

        private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Take(10));
    }
}
