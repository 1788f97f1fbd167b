using System.Collections.Immutable;
using CloudImages.Generators.Emit;
using CloudImages.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CloudImages.Generators.Tests.Generator
{
    /// <summary>netstandard2.0 and .NET Framework projects get the runtime's netstandard2.0 build from the package; what
    /// they lack is the compiler-support types of init accessors and required members, which the generator adds,
    /// internal, only where they are missing. (The consumer builds themselves are in CloudImages.Package.Tests.)</summary>
    public class OlderTargetTests
    {
        private const string IsExternalInit = "System.Runtime.CompilerServices.IsExternalInit";
        private const string RequiredMember = "System.Runtime.CompilerServices.RequiredMemberAttribute";
        private const string CompilerFeatureRequired = "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute";
        private const string SetsRequiredMembers = "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute";

        // The reference assemblies are restored with the build (see the project file), so nothing is downloaded here.
        public static TheoryData<string, string[]> Targets => new()
        {
            { "NetStandard20", [IsExternalInit, RequiredMember, CompilerFeatureRequired, SetsRequiredMembers] },
            { "Net472", [IsExternalInit, RequiredMember, CompilerFeatureRequired, SetsRequiredMembers] },
            { "Net60", [RequiredMember, CompilerFeatureRequired, SetsRequiredMembers] },
            { "Net80", [] },
        };

        [Theory]
        [MemberData(nameof(Targets))]
        public void Only_the_types_a_target_lacks_are_emitted_and_they_compile_there_as_internal_types(string target, string[] expected)
        {
            var library = Library(target);

            var missing = PolyfillEmitter.Missing(library);

            Assert.Equal(expected, missing.AsImmutableArray());
            if (missing.Count == 0)
            {
                return;
            }

            var withPolyfills = library.AddSyntaxTrees(CSharpSyntaxTree.ParseText(PolyfillEmitter.Emit(missing), GeneratorHarness.ParseOptions));
            Assert.Empty(withPolyfills.GetDiagnostics());
            foreach (var name in expected)
            {
                var type = withPolyfills.Assembly.GetTypeByMetadataName(name);
                Assert.NotNull(type);
                Assert.Equal(Accessibility.Internal, type.DeclaredAccessibility);
            }

            // And the compiler takes them: a record with an init accessor and a required member compile on that target.
            var usage = withPolyfills.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "namespace Library { /// <summary>A query.</summary>\n public sealed record Query { /// <summary>A name.</summary>\n public required string Name { get; init; } } }", GeneratorHarness.ParseOptions));
            Assert.Empty(usage.GetDiagnostics());
        }

        [Fact]
        public void A_type_the_project_declares_itself_is_not_emitted_again()
        {
            var library = Library("NetStandard20").AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }", GeneratorHarness.ParseOptions));

            Assert.DoesNotContain(IsExternalInit, PolyfillEmitter.Missing(library).AsImmutableArray());
        }

        [Fact]
        public void An_internal_type_of_a_reference_counts_only_when_it_is_visible_to_the_project()
        {
            const string polyfill = "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }";
            var hidden = Reference("Hidden", polyfill);
            var visible = Reference("Visible", "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Library\")]\n" + polyfill);

            Assert.Contains(IsExternalInit, PolyfillEmitter.Missing(Library("NetStandard20").AddReferences(hidden)).AsImmutableArray());
            Assert.DoesNotContain(IsExternalInit, PolyfillEmitter.Missing(Library("NetStandard20").AddReferences(visible)).AsImmutableArray());
        }

        [Fact]
        public void A_language_version_before_CSharp_11_gets_one_clear_error_and_no_code()
        {
            // C# 7.3 is what netstandard2.0 and .NET Framework projects get unless they set LangVersion.
            var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Library { internal static class Placeholder { } }", new CSharpParseOptions(LanguageVersion.CSharp7_3)));

            var run = GeneratorHarness.Run(compilation, null, new InMemoryAdditionalText("ims.cloud-api.json", GeneratorHarness.ImsSpec));

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("CIMG1016", diagnostic.Id);
            Assert.Equal("ims.cloud-api.json", diagnostic.Location.GetLineSpan().Path);
            Assert.Contains("<LangVersion>11</LangVersion>", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void A_project_without_the_runtime_is_told_to_reference_the_package()
        {
            var compilation = GeneratorHarness.Compilation().RemoveReferences(GeneratorHarness.RuntimeReference);

            var run = GeneratorHarness.Run(compilation, null, new InMemoryAdditionalText("ims.cloud-api.json", GeneratorHarness.ImsSpec));

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("CIMG1015", diagnostic.Id);
            Assert.Equal(
                "The client generated from this spec needs CloudImages.Runtime; reference the CloudImages.Generators package rather than the analyzer alone",
                diagnostic.GetMessage());
            Assert.Empty(run.Sources);
        }

        private static ImmutableArray<MetadataReference> References(string target) =>
            target == "Net80" ? FrameworkReferences.Net80 : FrameworkReferences.Older(target);

        private static CSharpCompilation Library(string target) =>
            CSharpCompilation.Create(
                "Library",
                [CSharpSyntaxTree.ParseText("namespace Library { internal static class Placeholder { } }", GeneratorHarness.ParseOptions)],
                References(target),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));

        private static MetadataReference Reference(string name, string source)
        {
            var compilation = CSharpCompilation.Create(
                name,
                [CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions)],
                FrameworkReferences.Older("NetStandard20"),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            return compilation.ToMetadataReference();
        }
    }
}
