using CloudImages.Generators.Analyzers;
using CloudImages.Generators.Tests.Analyzers;
using CloudImages.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CloudImages.Generators.Tests.CodeFixes
{
    /// <summary>Runs every usage analyzer and one code fix on code that references the generated library. The harness
    /// checks the fix of one diagnostic and Fix All in document, project and solution against the same fixed code.</summary>
    internal sealed class UsageCodeFixTest<TCodeFix> : CSharpCodeFixTest<ParameterCombinationAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
        public UsageCodeFixTest(string source, string fixedSource)
        {
            UsageTestSetup.Configure(this, null);

            // A fixed state that lists references of its own inherits none.
            FixedState.AdditionalReferences.AddRange(FrameworkReferences.Net80);
            FixedState.AdditionalReferences.Add(UsageTestSetup.Runtime);
            TestCode = source;
            FixedCode = fixedSource;
        }

        /// <summary>Checks that applying the fix (or the fix with this equivalence key) to every diagnostic it offers gives the fixed code.</summary>
        public static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey = null, params DiagnosticResult[] remaining)
        {
            var test = new UsageCodeFixTest<TCodeFix>(source, fixedSource) { CodeActionEquivalenceKey = equivalenceKey };
            test.FixedState.ExpectedDiagnostics.AddRange(remaining);
            return test.RunAsync();
        }

        protected override async Task RunImplAsync(CancellationToken cancellationToken)
        {
            await UsageTestSetup.AddLibraryAsync(null, TestState, FixedState);
            await base.RunImplAsync(cancellationToken);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => UsageTestSetup.Analyzers;
    }
}
