using System.Collections.Immutable;
using CloudImages.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CloudImages.Generators.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does, on in-memory compilations against .NET 8 reference assemblies.</summary>
internal static class GeneratorHarness
{
    public static readonly string SpecsDirectory = Path.Combine(AppContext.BaseDirectory, "Specs");

    public static readonly string ImsSpecPath = Path.Combine(SpecsDirectory, "querying-images.cloud-api.json");

    public static readonly string ServersSpecPath = Path.Combine(SpecsDirectory, "servers.cloud-api.json");

    public static MetadataReference RuntimeReference { get; } = MetadataReference.CreateFromFile(typeof(ApiTransport).Assembly.Location);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ReferenceAssemblies.Net.Net80
            .ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult()
            .Add(RuntimeReference));

    /// <summary>Microsoft.Extensions.Http and configuration, as a .NET 8 consumer references them.</summary>
    public static readonly Lazy<ImmutableArray<MetadataReference>> HttpClientFactoryReferences = new(() =>
        ReferenceAssemblies.Net.Net80
            .AddPackages([new PackageIdentity("Microsoft.Extensions.Http", "8.0.1"), new PackageIdentity("Microsoft.Extensions.Configuration", "8.0.0")])
            .ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult()
            .Except(References.Value.Remove(RuntimeReference), MetadataReferenceComparer.ByPath)
            .ToImmutableArray());

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    public static string ImsSpec => File.ReadAllText(ImsSpecPath);

    public static string ServersSpec => File.ReadAllText(ServersSpecPath);

    /// <summary>A consumer compilation as strict as ours: nullable on, every warning an error.</summary>
    public static CSharpCompilation Compilation(IEnumerable<MetadataReference>? extraReferences = null, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References.Value.AddRange(extraReferences ?? []),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999));

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

internal sealed class MetadataReferenceComparer : IEqualityComparer<MetadataReference>
{
    public static readonly MetadataReferenceComparer ByPath = new();

    public bool Equals(MetadataReference? x, MetadataReference? y) => x?.Display == y?.Display;

    public int GetHashCode(MetadataReference obj) => obj.Display?.GetHashCode(StringComparison.Ordinal) ?? 0;
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
