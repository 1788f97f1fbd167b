using System;
using System.Collections.Generic;

namespace CloudImages.Runtime
{
    /// <summary>Checks a query against its operation's rules, as the analyzers do at compile time.</summary>
    public static class ApiRules
    {
        /// <summary>How deep <see cref="Validate"/> follows nested request objects; a graph that deep is not one a
        /// request body describes, and the bound keeps a hostile graph from exhausting the stack.</summary>
        public const int MaxDepth = 64;

        private static readonly RuleViolation[] None = Array.Empty<RuleViolation>();

        /// <summary>Every violation of every severity, in rule order: the query's own, then those of each nested
        /// request object (<see cref="IApiNestedObjects"/>) in order, with parameters named by their path
        /// (<c>data_images[0].name</c>). Nested objects are followed <see cref="MaxDepth"/> levels deep, and an
        /// object reached twice is checked once.</summary>
        public static IReadOnlyList<RuleViolation> Validate(IApiQuery query)
        {
            ArgumentNullException.ThrowIfNull(query);
            List<RuleViolation>? violations = null;
            Check(query, null, ref violations);
            if (query is IApiNestedObjects nested)
            {
                var visited = new HashSet<object?>(ReferenceEqualityComparer.Instance) { query };
                Walk(nested, null, 1, visited, ref violations);
            }

            return violations ?? (IReadOnlyList<RuleViolation>)None;
        }

        /// <summary>Throws <see cref="ApiValidationException"/> when the query has an error-severity violation.</summary>
        public static void EnsureValid(IApiQuery query)
        {
            var violations = Validate(query);
            foreach (var violation in violations)
            {
                if (violation.Severity == RuleSeverity.Error)
                {
                    throw new ApiValidationException(query.OperationName, violations);
                }
            }
        }

        private static void Walk(IApiNestedObjects parent, string? path, int depth, HashSet<object?> visited, ref List<RuleViolation>? violations)
        {
            foreach (var item in parent.GetNestedObjects())
            {
                if (item.Value is not { } child || !visited.Add(child))
                {
                    continue;
                }

                var childPath = path is null ? item.Key : path + "." + item.Key;
                Check(child, childPath, ref violations);
                if (depth < MaxDepth && child is IApiNestedObjects grandchildren)
                {
                    Walk(grandchildren, childPath, depth + 1, visited, ref violations);
                }
            }
        }

        /// <summary>The violations of one object's own rules; <paramref name="path"/> prefixes their parameters.</summary>
        private static void Check(IApiQuery query, string? path, ref List<RuleViolation>? violations)
        {
            Func<string, WireValue> lookup = name => WireValue.Of(query.GetWireValue(name));
            foreach (var rule in query.Rules)
            {
                foreach (var other in RuleLogic.Violations(rule, lookup))
                {
                    var parameters = Involved(rule, other, lookup);
                    if (path is not null)
                    {
                        for (var i = 0; i < parameters.Length; i++)
                        {
                            parameters[i] = path + "." + parameters[i];
                        }
                    }

                    (violations ??= new List<RuleViolation>()).Add(new RuleViolation(rule.Id, rule.Severity, rule.Message, parameters));
                }
            }
        }

        /// <summary>The parameters a violation names: an exactlyOne rule names its whole group when none is set,
        /// and the first one set with each one too many; other rules name their parameter and the other one.</summary>
        private static string[] Involved(ApiRule rule, string? other, Func<string, WireValue> lookup)
        {
            if (rule.Kind == ApiRuleKind.ExactlyOne)
            {
                return other is null ? new List<string>(RuleLogic.Group(rule)).ToArray() : new[] { RuleLogic.FirstSet(rule, lookup)!, other };
            }

            return other is null ? new[] { rule.Parameter } : new[] { rule.Parameter, other };
        }
    }
}
