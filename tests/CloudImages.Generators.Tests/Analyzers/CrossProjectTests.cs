using System.Collections.Immutable;
using CloudImages.Generators.Analyzers;
using CloudImages.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>Library A holds the spec and the generated client; application B references A, not the spec. The rules
    /// travel as attributes on A's generated types, so B gets the same diagnostics as code inside A.</summary>
    public sealed class CrossProjectTests
    {
        private const string Usage = """
            using CloudImages.Ims;

            public static class Usage
            {
                public static ListImagesQuery Shared() => new() { MemberStatus = MemberStatus.Accepted };

                public static ListImagesQuery Gpu() => new() { SupportXenGpuType = XenGpuType.M60VGpu, SupportKvm = true };

                public static ListImagesQuery Values() => new() { MinDisk = 0, Platform = "Ubunt", Tag = "a.b", SortDir = SortDirection.Ascending };
            }
            """;

        [Fact]
        public async Task Application_B_gets_the_same_diagnostics_as_library_A()
        {
            var libraryA = await GeneratedLibrary.CompileAsync("LibraryA", new[] { UsageTestSetup.ImsSpec }, Array.Empty<MetadataReference>(), Usage);
            var applicationB = await GeneratedLibrary.CompileAsync("ApplicationB", Array.Empty<string>(), new[] { GeneratedLibrary.Emit(libraryA) }, Usage.Replace("class Usage", "class Usage2", StringComparison.Ordinal));

            Assert.Empty(libraryA.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Empty(applicationB.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.DoesNotContain(applicationB.SyntaxTrees, t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));

            var inA = await AnalyzeAsync(libraryA);
            var inB = await AnalyzeAsync(applicationB);
            Assert.Equal(
                new[] { "CIMG0001", "CIMG0002", "CIMG0003", "CIMG0004", "CIMG0005", "CIMG0006" },
                inB.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
            Assert.Equal(Describe(inA), Describe(inB));
        }

        [Fact]
        public async Task Without_the_runtime_the_analyzers_register_nothing()
        {
            var plain = CSharpCompilation.Create("Plain", new[] { CSharpSyntaxTree.ParseText("class C { }") }, FrameworkReferences.Net80);
            var withSpec = await GeneratedLibrary.CompileAsync("WithSpec", new[] { UsageTestSetup.ImsSpec }, Array.Empty<MetadataReference>(), "class C { }");
            var referencing = await GeneratedLibrary.CompileAsync("Referencing", Array.Empty<string>(), new[] { GeneratedLibrary.Emit(withSpec) }, "class C { }");

            Assert.Null(ApiSymbols.For(plain));
            Assert.NotNull(ApiSymbols.For(withSpec));
            Assert.NotNull(ApiSymbols.For(referencing));
        }

        [Fact]
        public async Task The_symbols_are_found_once_per_compilation_for_all_analyzers()
        {
            var first = await GeneratedLibrary.CompileAsync("First", new[] { UsageTestSetup.ImsSpec }, Array.Empty<MetadataReference>(), "class C { }");
            var second = first.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class D { }", GeneratedLibrary.ParseOptions));

            Assert.Same(ApiSymbols.For(first), ApiSymbols.For(first));
            Assert.NotSame(ApiSymbols.For(first), ApiSymbols.For(second));
        }

        internal static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation) =>
            compilation.WithAnalyzers(UsageTestSetup.Analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)).GetAnalyzerDiagnosticsAsync();

        private static IEnumerable<string> Describe(IEnumerable<Diagnostic> diagnostics) => diagnostics
            .Select(d => $"{d.Id} {d.Severity} {d.Location.GetLineSpan().Span} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(s => s, StringComparer.Ordinal);
    }
}
