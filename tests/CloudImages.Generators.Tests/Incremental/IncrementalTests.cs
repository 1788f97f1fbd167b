using CloudImages.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Steps = CloudImages.Generators.SpecGenerator.TrackingNames;

namespace CloudImages.Generators.Tests.Incremental
{
    /// <summary>The driver's step tracking shows what re-ran after each kind of edit.</summary>
    public class IncrementalTests
    {
        private readonly InMemoryAdditionalText _ims = new("ims.cloud-api.json", GeneratorHarness.ImsSpec);
        private readonly InMemoryAdditionalText _servers = new("servers.cloud-api.json", GeneratorHarness.ServersSpec);
        private readonly CSharpCompilation _compilation = GeneratorHarness.Compilation(null, "namespace App { internal static class A { } }");

        [Fact]
        public void Running_again_without_a_change_uses_every_cached_step()
        {
            var driver = GeneratorHarness.Driver(null, _ims, _servers).RunGenerators(_compilation);

            driver = driver.RunGenerators(_compilation);

            var steps = Result(driver).TrackedSteps;
            foreach (var name in new[] { Steps.Input, Steps.Read, Steps.Model, Steps.Features, Steps.Emit, Steps.Collect })
            {
                Assert.All(Reasons(steps[name]), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
            }
        }

        [Fact]
        public void An_unrelated_csharp_edit_re_emits_nothing()
        {
            var driver = GeneratorHarness.Driver(null, _ims, _servers).RunGenerators(_compilation);
            var before = Sources(driver);

            driver = driver.RunGenerators(_compilation.AddSyntaxTrees(
                CSharpSyntaxTree.ParseText("namespace App { internal static class B { } }", GeneratorHarness.ParseOptions)));

            var steps = Result(driver).TrackedSteps;
            Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(steps[Steps.Features])); // looked at again, found the same
            Assert.Equal(2, Reasons(steps[Steps.Emit]).Count);
            Assert.All(Reasons(steps[Steps.Emit]), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
            Assert.All(Reasons(steps[Steps.Read]), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
            Assert.Equal(before, Sources(driver));
        }

        [Fact]
        public void A_spec_edit_re_emits_that_spec_only_and_the_output_follows_it()
        {
            var driver = GeneratorHarness.Driver(null, _ims, _servers).RunGenerators(_compilation);
            var edited = new InMemoryAdditionalText(_ims.Path, GeneratorHarness.ImsSpec.Replace(
                """{"value": "EulerOS", "name": "EulerOS"}""",
                """{"value": "EulerOS", "name": "EulerOS"}, {"value": "openEuler", "name": "OpenEuler", "description": "Added by the test."}""",
                StringComparison.Ordinal));
            Assert.NotEqual(GeneratorHarness.ImsSpec, edited.GetText().ToString());

            driver = driver.ReplaceAdditionalText(_ims, edited).RunGenerators(_compilation);

            var emit = Reasons(Result(driver).TrackedSteps[Steps.Emit]);
            Assert.Equal(1, emit.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(1, emit.Count(r => r == IncrementalStepRunReason.Cached));
            var platform = Sources(driver)["CloudImages.Ims.Platform.g.cs"];
            Assert.Contains("public static Platform OpenEuler { get; } = new Platform(\"openEuler\");", platform, StringComparison.Ordinal);
            Assert.Contains("/// <summary>Added by the test.</summary>", platform, StringComparison.Ordinal);
        }

        [Fact]
        public void Removing_the_spec_removes_its_code()
        {
            var driver = GeneratorHarness.Driver(null, _ims).RunGenerators(_compilation);
            Assert.NotEmpty(Sources(driver));

            driver = driver.RemoveAdditionalTexts([_ims]).RunGenerators(_compilation);

            Assert.Empty(Sources(driver));
        }

        private static GeneratorRunResult Result(GeneratorDriver driver) => Assert.Single(driver.GetRunResult().Results);

        private static List<IncrementalStepRunReason> Reasons(IEnumerable<IncrementalGeneratorRunStep> steps) =>
            steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();

        private static Dictionary<string, string> Sources(GeneratorDriver driver) =>
            Result(driver).GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
    }
}
