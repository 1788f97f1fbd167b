using CloudImages.Generators.Analyzers;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.CSharp.Testing;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>Runs the generator on the specs, then every usage analyzer on the generated code and the test's code.</summary>
    internal sealed class UsageAnalyzerTest : CSharpAnalyzerTest<ParameterCombinationAnalyzer, DefaultVerifier>
    {
        public UsageAnalyzerTest(string source, params string[] specs)
        {
            ReferenceAssemblies = UsageTestSetup.ReferenceAssemblies;
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            UsageTestSetup.AddSpecs(TestState, specs);
            TestCode = source;
        }

        /// <summary>Checks that the source gets exactly the diagnostics its markup shows.</summary>
        public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new UsageAnalyzerTest(source);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        protected override IEnumerable<Type> GetSourceGenerators()
        {
            yield return typeof(SpecGenerator);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => UsageTestSetup.Analyzers;
    }
}
