using System.Collections.Immutable;
using System.Linq;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>Range and format rules (CIMG0003, CIMG0005; CIMG0006 when the spec calls them advice): a constant
    /// assigned to a query property is checked against the rules on that property. One value decides these rules, so
    /// every assignment is checked on its own, whatever the receiver.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ParameterValueAnalyzer : ApiAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.ValueOutOfRange,
            DiagnosticDescriptors.InvalidFormat,
            DiagnosticDescriptors.Advice);

        private protected override void Register(CompilationStartAnalysisContext context, ApiSymbols symbols) =>
            context.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.SimpleAssignment);

        private static void Analyze(OperationAnalysisContext context, ApiSymbols symbols)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation target
                || symbols.Parameter(target.Property) is not { } parameter
                || !parameter.Rules.Any(IsValueRule))
            {
                return;
            }

            // A null is judged too: a path parameter sends it as an empty segment.
            var value = WireValues.Of(assignment.Value, parameter, symbols);
            var text = value.Text;
            if (text is null && value.State != WireState.Unset)
            {
                return;
            }

            foreach (var rule in parameter.Rules)
            {
                if (IsValueRule(rule) && RuleLogic.Violations(rule, wire => wire == rule.Parameter ? value : WireValue.Unknown).Any())
                {
                    var nearest = rule.Kind == ApiRuleKind.Range && text is not null
                        ? RuleDiagnostics.NearestInRange(rule, text, parameter.Kind != ApiParameterKind.Number)
                        : null;
                    var properties = RuleDiagnostics.Properties((FixProperties.Parameter, rule.Parameter), (FixProperties.Value, nearest));
                    context.ReportDiagnostic(RuleDiagnostics.Create(rule, null, text, assignment.Syntax.GetLocation(), null, properties));
                }
            }
        }

        private static bool IsValueRule(ApiRule rule) => rule.Kind is ApiRuleKind.Range or ApiRuleKind.Format;
    }
}
