using System.Collections.Immutable;
using CloudImages.Generators.CodeFixes;
using CloudImages.Generators.Tests.Analyzers;
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
        private const string Source = """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Requires() => new() { MemberStatus = MemberStatus.Accepted };

                static ListImagesQuery RequiresLines() => new ListImagesQuery
                {
                    MemberStatus = MemberStatus.Pending,
                    ImageType = ImageType.Shared,
                };

                static ListImagesQuery WrongValue() => new() { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Public };

                static ListImagesQuery WrongLater()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    query.Visibility = Visibility.Private;
                    return query;
                }

                static ListImagesQuery RequiresStatement()
                {
                    var query = new ListImagesQuery();
                    query.MemberStatus = MemberStatus.Rejected;
                    return query;
                }

                static ListImagesQuery Conflict() => new() { SupportXenGpuType = XenGpuType.M60VGpu, SupportXen = true, Limit = 10 };

                static ListImagesQuery ConflictStatement()
                {
                    var query = new ListImagesQuery { SupportKvm = true };
                    query.SupportXenHana = true;
                    return query;
                }

                static ListImagesQuery Range() => new() { MinDisk = 0 };

                static ListImagesQuery RangeStatement(ListImagesQuery query) => query with { Limit = -5 };

                static ListImagesQuery Typo() => new() { Platform = "Ubunt", DiskFormat = new DiskFormat("qcow") };

                static ListImagesQuery Advice() => new() { ImageType = ImageType.Gold, Visibility = Visibility.Public };

                static ListImagesQuery Mixed() => new() { MemberStatus = MemberStatus.Accepted, MinDisk = 0, Platform = "Ubunt", ImageType = ImageType.Gold, SupportXenHana = true, SupportKvm = true };
            }
            """;

        private const string Fixed = """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Requires() => new() { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };

                static ListImagesQuery RequiresLines() => new ListImagesQuery
                {
                    MemberStatus = MemberStatus.Pending,
                    Visibility = Visibility.Shared,
                    ImageType = ImageType.Shared,
                };

                static ListImagesQuery WrongValue() => new() { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };

                static ListImagesQuery WrongLater()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    query.Visibility = Visibility.Shared;
                    return query;
                }

                static ListImagesQuery RequiresStatement()
                {
                    var query = new ListImagesQuery();
                    query.MemberStatus = MemberStatus.Rejected;
                    query.Visibility = Visibility.Shared;
                    return query;
                }

                static ListImagesQuery Conflict() => new() { SupportXen = true, Limit = 10 };

                static ListImagesQuery ConflictStatement()
                {
                    var query = new ListImagesQuery { SupportKvm = true };
                    return query;
                }

                static ListImagesQuery Range() => new() { MinDisk = 1 };

                static ListImagesQuery RangeStatement(ListImagesQuery query) => query with { Limit = 1 };

                static ListImagesQuery Typo() => new() { Platform = Platform.Ubuntu, DiskFormat = DiskFormat.Qcow2 };

                static ListImagesQuery Advice() => new() { ImageType = ImageType.Gold, Protected = true, Visibility = Visibility.Public };

                static ListImagesQuery Mixed() => new() { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared, MinDisk = 1, Platform = Platform.Ubuntu, ImageType = ImageType.Gold, Protected = true, SupportKvm = true };
            }
            """;

        private static readonly ImmutableArray<CodeFixProvider> s_fixers = ImmutableArray.Create<CodeFixProvider>(
            new SetRequiredParameterCodeFixProvider(),
            new RemoveConflictingParameterCodeFixProvider(),
            new ReplaceValueCodeFixProvider());

        [Fact]
        public async Task The_source_has_a_fixable_case_of_every_fixable_id()
        {
            var diagnostics = await FormatPass.DiagnosticsAsync(await SolutionAsync(), UsageTestSetup.Analyzers);
            var ids = diagnostics.Select(d => d.Id).ToHashSet();
            Assert.Superset(ids, s_fixers.SelectMany(f => f.FixableDiagnosticIds).ToHashSet());
            Assert.Equal(17, diagnostics.Length);
        }

        [Fact]
        public async Task One_pass_over_all_ids_fixes_every_case_every_time()
        {
            for (var run = 0; run < 10; run++)
            {
                var solution = await FormatPass.RunAsync(await SolutionAsync(), UsageTestSetup.Analyzers, s_fixers, new Random(run));
                var text = (await solution.Projects.Single().Documents.Single().GetTextAsync()).ToString();
                Assert.Equal(Fixed.ReplaceLineEndings(), text.ReplaceLineEndings());
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
            return project.AddDocument("Queries.cs", SourceText.From(Source), filePath: "/App/Queries.cs").Project.Solution;
        }
    }
}
