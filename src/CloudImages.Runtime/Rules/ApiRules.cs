using System;
using System.Collections.Generic;

namespace CloudImages.Runtime
{
    /// <summary>Checks a query against its operation's rules, as the analyzers do at compile time.</summary>
    public static class ApiRules
    {
        private static readonly RuleViolation[] None = Array.Empty<RuleViolation>();

        /// <summary>Every violation of every severity, in rule order.</summary>
        public static IReadOnlyList<RuleViolation> Validate(IApiQuery query)
        {
            ArgumentNullException.ThrowIfNull(query);
            List<RuleViolation>? violations = null;
            Func<string, WireValue> lookup = name => WireValue.Of(query.GetWireValue(name));
            foreach (var rule in query.Rules)
            {
                foreach (var other in RuleLogic.Violations(rule, lookup))
                {
                    var parameters = other is null ? new[] { rule.Parameter } : new[] { rule.Parameter, other };
                    (violations ??= new List<RuleViolation>()).Add(new RuleViolation(rule.Id, rule.Severity, rule.Message, parameters));
                }
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
    }
}
