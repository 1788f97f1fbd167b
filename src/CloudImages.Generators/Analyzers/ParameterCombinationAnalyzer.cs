using System.Collections.Generic;
using System.Collections.Immutable;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>Rules between parameters (CIMG0001 requires, CIMG0002 conflicts; CIMG0006 for recommends and advice):
    /// each query built in a method body, through its initializer, later assignments to its local, or a with
    /// expression, is checked against the rules on its type. The diagnostic sits on the assignment of the rule's parameter.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ParameterCombinationAnalyzer : ApiAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.RequiredParameterMissing,
            DiagnosticDescriptors.ConflictingParameters,
            DiagnosticDescriptors.Advice);

        private protected override void Register(CompilationStartAnalysisContext context, ApiSymbols symbols) =>
            context.RegisterOperationBlockStartAction(block =>
            {
                var instances = new QueryInstances(symbols);
                block.RegisterOperationAction(c => instances.Note(c.Operation), OperationKind.ObjectCreation, OperationKind.With);
                block.RegisterOperationBlockEndAction(end =>
                {
                    foreach (var instance in instances.Complete(end.OperationBlocks))
                    {
                        Analyze(end, symbols, instance);
                    }
                });
            });

        private static void Analyze(OperationBlockAnalysisContext context, ApiSymbols symbols, QueryInstance instance)
        {
            foreach (var rule in instance.Model.Rules)
            {
                if (rule.Kind is not (ApiRuleKind.Requires or ApiRuleKind.Recommends or ApiRuleKind.Conflicts))
                {
                    continue;
                }

                foreach (var other in RuleLogic.Violations(rule, instance.Lookup))
                {
                    if (other is not null && Create(symbols, instance, rule, other) is { } diagnostic)
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                }
            }
        }

        private static Diagnostic? Create(ApiSymbols symbols, QueryInstance instance, ApiRule rule, string other)
        {
            // On this instance's assignment of the rule's parameter; for a with expression that only changes the
            // other parameter, on that change. A violation it merely copies is reported where it was made.
            var subject = instance.FirstSetting(rule.Parameter);
            var anchor = subject ?? instance.Last(other, inherited: false);
            if (anchor is not { } at)
            {
                return null;
            }

            var properties = new List<(string, string?)> { (FixProperties.Parameter, rule.Parameter), (FixProperties.Other, other) };
            var additional = new List<Location>();
            if (rule.Kind == ApiRuleKind.Conflicts)
            {
                // Both sides, so that the fix can remove either.
                if (instance.Last(rule.Parameter, inherited: true) is not { } first || instance.Last(other, inherited: true) is not { } second)
                {
                    return null;
                }

                additional.Add(first.Operation.Syntax.GetLocation());
                additional.Add(second.Operation.Syntax.GetLocation());
            }
            else if (instance.Model.ByWireName.TryGetValue(other, out var parameter))
            {
                // The fix sets the other parameter: it replaces a wrong value assigned here, or adds the assignment.
                if (instance.Last(other, inherited: false) is { } wrong)
                {
                    additional.Add(wrong.Operation.Syntax.GetLocation());
                }

                var position = at.Operation.Syntax.SpanStart;
                properties.Add((FixProperties.Property, parameter.Property.Name));
                properties.Add((FixProperties.Value, rule.Value is null ? null : ValueExpressions.For(parameter, rule.Value, symbols, at.Operation.SemanticModel!, position)));
            }

            return RuleDiagnostics.Create(rule, other, null, at.Operation.Syntax.GetLocation(), additional, RuleDiagnostics.Properties(properties.ToArray()));
        }
    }
}
