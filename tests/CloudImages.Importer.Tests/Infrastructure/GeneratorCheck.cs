using System.Collections.Immutable;
using System.Text;
using CloudImages.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CloudImages.Importer.Tests.Infrastructure
{
    /// <summary>Runs the source generator on a spec, as the compiler would, and returns what it reports and the
    /// problems of the code it generates, every warning an error (compiled against this runtime's assemblies and
    /// CloudImages.Runtime).</summary>
    internal static class GeneratorCheck
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .Append(MetadataReference.CreateFromFile(typeof(CloudImages.Runtime.ApiTransport).Assembly.Location))
                .ToImmutableArray());

        public static IReadOnlyList<Diagnostic> Problems(string specPath, string specText)
        {
            var compilation = CSharpCompilation.Create(
                "Consumer",
                [CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Placeholder { } }")],
                References.Value,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable,
                    generalDiagnosticOption: ReportDiagnostic.Error,
                    warningLevel: 9999,
                    // What the .NET SDK never reports (NoWarn 1701;1702): the runtime's .NET 8 references unified with these.
                    specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));
            var driver = CSharpGeneratorDriver.Create([new SpecGenerator().AsSourceGenerator()], [new Spec(specPath, specText)]);
            driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            return diagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        }

        private sealed class Spec(string path, string text) : AdditionalText
        {
            public override string Path => path;

            public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
        }
    }
}
