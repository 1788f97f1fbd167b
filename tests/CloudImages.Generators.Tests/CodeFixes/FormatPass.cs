using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CloudImages.Generators.Tests.CodeFixes
{
    /// <summary>What <c>dotnet format analyzers</c> does with several diagnostic IDs (its AnalyzerFormatter and
    /// SolutionCodeFixApplier): one pass over the reported IDs; for each, the analyzers that support it run on the
    /// current solution, the equivalence key is taken from the first diagnostic they return (of whatever ID), and the
    /// fixer's Fix All runs in solution scope for that ID. The order of the IDs and of the diagnostics, which in the
    /// tool follows hashing and concurrent analysis, is drawn from <paramref name="random"/>.</summary>
    internal static class FormatPass
    {
        public static async Task<Solution> RunAsync(
            Solution solution,
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            ImmutableArray<CodeFixProvider> fixers,
            Random random)
        {
            var reported = (await DiagnosticsAsync(solution, analyzers)).Select(d => d.Id).Distinct().OrderBy(_ => random.Next()).ToList();
            foreach (var id in reported)
            {
                var supporting = analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == id)).ToImmutableArray();
                var diagnostics = (await DiagnosticsAsync(solution, supporting)).OrderBy(_ => random.Next()).ToImmutableArray();
                if (diagnostics.IsEmpty)
                {
                    continue;
                }

                foreach (var fixer in fixers.Where(f => f.FixableDiagnosticIds.Contains(id)))
                {
                    solution = await FixAllAsync(solution, fixer, id, diagnostics);
                }
            }

            return solution;
        }

        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Solution solution, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var all = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var project in solution.Projects)
            {
                var compilation = (await project.GetCompilationAsync())!;
                all.AddRange(await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync());
            }

            return all.ToImmutable();
        }

        private static async Task<Solution> FixAllAsync(Solution solution, CodeFixProvider fixer, string id, ImmutableArray<Diagnostic> diagnostics)
        {
            var first = diagnostics[0];
            var document = solution.GetDocument(first.Location.SourceTree)!;
            CodeAction? action = null;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));

            var context = new FixAllContext(
                document,
                fixer,
                FixAllScope.Solution,
                action?.EquivalenceKey!,
                new[] { id },
                new Diagnostics(diagnostics),
                CancellationToken.None);
            var fix = await fixer.GetFixAllProvider()!.GetFixAsync(context);
            if (fix is null)
            {
                return solution;
            }

            var operations = await fix.GetOperationsAsync(CancellationToken.None);
            return operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution ?? solution;
        }

        private sealed class Diagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _all;

            public Diagnostics(ImmutableArray<Diagnostic> all) => _all = all;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                GetProjectDiagnosticsAsync(project, cancellationToken);

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                Task.FromResult(_all.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_all);
        }
    }
}
