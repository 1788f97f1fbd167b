using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Runtime
{
    /// <summary>Thrown before a request is sent when its query breaks a documented rule of severity
    /// <see cref="RuleSeverity.Error"/>. Nothing was sent.</summary>
    public sealed class ApiValidationException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public ApiValidationException(string operationName, IReadOnlyList<RuleViolation> violations)
            : base(Describe(operationName, violations))
        {
            OperationName = operationName;
            Violations = violations;
        }

        /// <summary>The operation that was not called.</summary>
        public string OperationName { get; }

        /// <summary>Every violation the query has, of every severity.</summary>
        public IReadOnlyList<RuleViolation> Violations { get; }

        private static string Describe(string operationName, IReadOnlyList<RuleViolation> violations)
        {
            var errors = violations.Where(v => v.Severity == RuleSeverity.Error).ToList();
            return $"{operationName} was not sent: the query breaks {errors.Count} documented rule(s).{Environment.NewLine}"
                + string.Join(Environment.NewLine, violations.Select(v => "  " + v));
        }
    }
}
