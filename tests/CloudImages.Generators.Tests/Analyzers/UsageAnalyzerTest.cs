using CloudImages.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>Runs every usage analyzer on the test's code, which sees the generated types (see <see cref="UsageTestSetup"/>).</summary>
    internal sealed class UsageAnalyzerTest : CSharpAnalyzerTest<ParameterCombinationAnalyzer, DefaultVerifier>
    {
        private readonly string[]? _specs;

        /// <param name="source">The test's code, with markup for the expected diagnostics.</param>
        /// <param name="specs">Specs the project itself holds; null to reference the generated library.</param>
        public UsageAnalyzerTest(string source, string[]? specs = null)
        {
            _specs = specs;
            UsageTestSetup.Configure(this, specs);
            TestCode = source;
        }

        /// <summary>Checks that the source, referencing the generated library, gets exactly the diagnostics its markup shows.</summary>
        public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, null, expected);

        /// <summary>The same, with the specs in the project itself.</summary>
        public static Task VerifyAsync(string source, string[]? specs, params DiagnosticResult[] expected)
        {
            var test = new UsageAnalyzerTest(source, specs);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        protected override async Task RunImplAsync(CancellationToken cancellationToken)
        {
            await UsageTestSetup.AddLibraryAsync(_specs, TestState);
            await base.RunImplAsync(cancellationToken);
        }

        /// <summary>The harness pins every analyzer ID in the compilation options, which outranks .editorconfig;
        /// a real build pins none, so this drops the pins for the tests of .editorconfig severities.</summary>
        public bool UseEditorConfigSeverities { get; init; }

        protected override Project ApplyCompilationOptions(Project project)
        {
            project = base.ApplyCompilationOptions(project);
            if (!UseEditorConfigSeverities)
            {
                return project;
            }

            var options = project.CompilationOptions!;
            var pinned = options.SpecificDiagnosticOptions.RemoveRange(UsageTestSetup.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id));
            return project.WithCompilationOptions(options.WithSpecificDiagnosticOptions(pinned));
        }

        protected override IEnumerable<Type> GetSourceGenerators() => UsageTestSetup.Generators(_specs);

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => UsageTestSetup.Analyzers;
    }
}
