using Microsoft.CodeAnalysis.Diagnostics;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>The usage analyzers' common start: they register their work only in a compilation that references
    /// the runtime's metadata attributes, found once per compilation for all of them, and never look at generated code.</summary>
    public abstract class ApiAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (ApiSymbols.For(start.Compilation) is { } symbols)
                {
                    Register(start, symbols);
                }
            });
        }

        /// <summary>Registers the analyzer's actions for a compilation with generated query types.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext context, ApiSymbols symbols);
    }
}
