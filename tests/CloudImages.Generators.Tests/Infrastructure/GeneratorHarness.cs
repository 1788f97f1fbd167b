using System.Collections.Immutable;
using CloudImages.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CloudImages.Generators.Tests.Infrastructure
{
    /// <summary>Runs the generator the way the compiler does, on in-memory compilations against .NET 8 reference assemblies.</summary>
    internal static class GeneratorHarness
    {
        public static readonly string SpecsDirectory = Path.Combine(AppContext.BaseDirectory, "Specs");

        public static readonly string ImsSpecPath = Path.Combine(SpecsDirectory, "ims", "querying-images.cloud-api.json");

        public static readonly string ServersSpecPath = Path.Combine(SpecsDirectory, "servers.cloud-api.json");

        public static MetadataReference RuntimeReference { get; } = MetadataReference.CreateFromFile(typeof(ApiTransport).Assembly.Location);

        private static readonly ImmutableArray<MetadataReference> References = FrameworkReferences.Net80.Add(RuntimeReference);

        /// <summary>Microsoft.Extensions.Http, DI and configuration as this project references them; being .NET 10
        /// builds, they come with .NET 10's reference assemblies (and replace .NET 8's).</summary>
        public static readonly Lazy<ImmutableArray<MetadataReference>> HttpClientFactoryReferences = new(() =>
            FrameworkReferences.Net100
                .AddRange(Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll")
                    .Order(StringComparer.Ordinal)
                    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)))
                .Add(RuntimeReference));

        /// <summary>What the .NET SDK never reports (NoWarn 1701;1702): unification of a framework assembly's versions.</summary>
        private static readonly ImmutableDictionary<string, ReportDiagnostic> SdkNoWarn =
            ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("CS1701", ReportDiagnostic.Suppress).Add("CS1702", ReportDiagnostic.Suppress);

        public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

        public static string ImsSpec => File.ReadAllText(ImsSpecPath);

        public static string ServersSpec => File.ReadAllText(ServersSpecPath);

        /// <summary>A consumer compilation as strict as ours: nullable on, every warning an error. Its references are
        /// .NET 8's and the runtime, unless <paramref name="references"/> names others.</summary>
        public static CSharpCompilation Compilation(ImmutableArray<MetadataReference>? references = null, params string[] sources) =>
            CSharpCompilation.Create(
                "Consumer",
                sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
                references ?? References,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable,
                    generalDiagnosticOption: ReportDiagnostic.Error,
                    warningLevel: 9999,
                    specificDiagnosticOptions: SdkNoWarn));

        public static GeneratorDriver Driver(AnalyzerConfigOptionsProvider? options, params AdditionalText[] specs) =>
            CSharpGeneratorDriver.Create(
                [new SpecGenerator().AsSourceGenerator()],
                specs,
                ParseOptions,
                options ?? new TestOptionsProvider(),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        public static GeneratorRun Run(Compilation compilation, AnalyzerConfigOptionsProvider? options, params AdditionalText[] specs)
        {
            var driver = Driver(options, specs).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            return new GeneratorRun(driver, output, diagnostics);
        }

        public static GeneratorRun Run(params (string Path, string Text)[] specs) =>
            Run(Compilation(null, "namespace Consumer { internal static class Placeholder { } }"), null, specs.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToArray());
    }

    internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
    {
        public GeneratorDriverRunResult Result => Driver.GetRunResult();

        public IEnumerable<GeneratedSourceResult> Sources => Result.Results.SelectMany(r => r.GeneratedSources);

        public string Source(string hintNameEnd) => Sources.Single(s => s.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)).SourceText.ToString();

        /// <summary>Every diagnostic of the consumer after generation, of warning severity or above.</summary>
        public IReadOnlyList<Diagnostic> CompilationProblems() =>
            Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }
}
