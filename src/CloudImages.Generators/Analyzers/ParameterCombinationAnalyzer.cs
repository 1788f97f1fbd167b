using System.Collections.Generic;
using System.Collections.Immutable;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>Rules between parameters (CIMG0001 requires, CIMG0002 conflicts, CIMG0007 exactlyOne; CIMG0006 for
    /// recommends and advice):
    /// each query built in a method body, through its initializer, later assignments to its local, or a with
    /// expression, is checked as it is after all of them, against the rules on its type. The diagnostic sits on the
    /// assignment that broke the rule.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ParameterCombinationAnalyzer : ApiAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.RequiredParameterMissing,
            DiagnosticDescriptors.ConflictingParameters,
            DiagnosticDescriptors.ExactlyOneParameter,
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
            var state = instance.Final;
            foreach (var rule in instance.Model.Rules)
            {
                if (rule.Kind is not (ApiRuleKind.Requires or ApiRuleKind.Recommends or ApiRuleKind.Conflicts or ApiRuleKind.ExactlyOne))
                {
                    continue;
                }

                foreach (var other in RuleLogic.Violations(rule, state.Lookup))
                {
                    if (Diagnose(symbols, instance, state, rule, other) is { } diagnostic)
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                }
            }
        }

        private static Diagnostic? Diagnose(ApiSymbols symbols, QueryInstance instance, QueryState state, ApiRule rule, string? other) =>
            (rule.Kind, other) switch
            {
                (ApiRuleKind.ExactlyOne, null) => ExactlyOneDiagnostics.NoneSet(symbols, instance, state, rule),
                (ApiRuleKind.ExactlyOne, _) => ExactlyOneDiagnostics.OneTooMany(instance, state, rule, other),
                (_, null) => null,
                _ => Create(symbols, instance, state, rule, other),
            };

        private static Diagnostic? Create(ApiSymbols symbols, QueryInstance instance, QueryState state, ApiRule rule, string other)
        {
            // On the statement that broke the rule: the later of the assignments that gave the two parameters their
            // values (the rule's parameter's when they are in one statement). A violation this instance merely copies
            // from the query it starts from is reported where it was made.
            var subject = state.Setter(rule.Parameter);
            var setter = state.Setter(other);
            var anchor = subject is not { } first || setter is { } second && second.Statement > first.Statement ? setter : subject;
            if (anchor is not { } at || !instance.Owns(at))
            {
                return null;
            }

            var properties = new List<(string, string?)> { (FixProperties.Parameter, rule.Parameter), (FixProperties.Other, other) };
            var additional = new List<Location>();
            if (rule.Kind == ApiRuleKind.Conflicts)
            {
                // Both sides, so that the fix can remove either.
                if (subject is not { } one || setter is not { } two)
                {
                    return null;
                }

                additional.Add(one.Operation.Syntax.GetLocation());
                additional.Add(two.Operation.Syntax.GetLocation());
            }
            else if (instance.Model.ByWireName.TryGetValue(other, out var parameter))
            {
                // The fix sets the other parameter: it replaces a wrong value assigned here, or adds the assignment.
                if (setter is { } wrong && instance.Owns(wrong))
                {
                    additional.Add(wrong.Operation.Syntax.GetLocation());
                }

                // Without a documented value (os_version when is_quick_import=true), a placeholder of its type to fill in.
                var position = at.Operation.Syntax.SpanStart;
                var model = at.Operation.SemanticModel!;
                properties.Add((FixProperties.Property, parameter.Property.Name));
                properties.Add((FixProperties.Value, rule.Value is null
                    ? ValueExpressions.Placeholder(parameter, symbols, model, position)
                    : ValueExpressions.For(parameter, rule.Value, symbols, model, position)));
            }

            return RuleDiagnostics.Create(rule, other, null, at.Operation.Syntax.GetLocation(), additional, RuleDiagnostics.Properties(properties.ToArray()));
        }
    }
}
