using System.Collections.Immutable;
using CloudImages.Generators.CodeFixes;
using CloudImages.Generators.Tests.Analyzers;
using CloudImages.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CloudImages.Generators.Tests.CodeFixes
{
    /// <summary>Every fixable case of every ID, fixed in one pass as <c>dotnet format analyzers</c> does with several IDs
    /// (see <see cref="FormatPass"/>): each run, whatever the order of IDs and diagnostics, gives the same complete result.</summary>
    public sealed class FixAllIdsTests
    {
        private static readonly ImmutableArray<CodeFixProvider> s_fixers = ImmutableArray.Create<CodeFixProvider>(
            new SetRequiredParameterCodeFixProvider(),
            new RemoveConflictingParameterCodeFixProvider(),
            new ReplaceValueCodeFixProvider(),
            new ExactlyOneCodeFixProvider());

        // The exactlyOne cases, which need the tests' servers spec (FixAllCases is also run against the IMS spec alone).
        private const string ServersSource = """

            static class ServerQueries
            {
                static CloudImages.Tests.Servers.FindServersQuery None() => new() { ProjectId = "p" };

                static CloudImages.Tests.Servers.FindServersQuery Two() => new() { ProjectId = "p", Id = "a", Ip = "10.0.0.1" };
            }
            """;

        private const string ServersFixed = """

            static class ServerQueries
            {
                static CloudImages.Tests.Servers.FindServersQuery None() => new() { ProjectId = "p", Id = "" };

                static CloudImages.Tests.Servers.FindServersQuery Two() => new() { ProjectId = "p", Id = "a" };
            }
            """;

        [Fact]
        public async Task The_source_has_a_fixable_case_of_every_fixable_id()
        {
            var diagnostics = await FormatPass.DiagnosticsAsync(await SolutionAsync(), UsageTestSetup.Analyzers);
            var ids = diagnostics.Select(d => d.Id).ToHashSet();
            Assert.Superset(ids, s_fixers.SelectMany(f => f.FixableDiagnosticIds).ToHashSet());
            Assert.Equal(19, diagnostics.Length);
        }

        [Fact]
        public async Task One_pass_over_all_ids_fixes_every_case_every_time()
        {
            for (var run = 0; run < 10; run++)
            {
                var solution = await FormatPass.RunAsync(await SolutionAsync(), UsageTestSetup.Analyzers, s_fixers, new Random(run));
                var text = (await solution.Projects.Single().Documents.Single().GetTextAsync()).ToString();
                Assert.Equal((FixAllCases.Fixed + ServersFixed).ReplaceLineEndings(), text.ReplaceLineEndings());
                Assert.Empty(await FormatPass.DiagnosticsAsync(solution, UsageTestSetup.Analyzers));
            }
        }

        private static async Task<Solution> SolutionAsync()
        {
            var library = await GeneratedLibrary.ImsAndServers;
            var workspace = new AdhocWorkspace();
            var project = workspace.CurrentSolution.AddProject("App", "App", LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
                .WithParseOptions(GeneratedLibrary.ParseOptions)
                .WithMetadataReferences(GeneratedLibrary.FrameworkAndRuntime().Add(library));
            return project.AddDocument("Queries.cs", SourceText.From(FixAllCases.Source + ServersSource), filePath: "/App/Queries.cs").Project.Solution;
        }
    }
}
