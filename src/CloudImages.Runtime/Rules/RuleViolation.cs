using System.Collections.Generic;

namespace CloudImages.Runtime
{
    /// <summary>A documented rule that a query breaks.</summary>
    /// <param name="RuleId">The rule's id from the spec.</param>
    /// <param name="Severity">Error violations stop the request from being sent.</param>
    /// <param name="Message">The rule's message.</param>
    /// <param name="Parameters">The wire names of the parameters involved.</param>
    public sealed record RuleViolation(string RuleId, RuleSeverity Severity, string Message, IReadOnlyList<string> Parameters)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Severity} {RuleId} ({string.Join(", ", Parameters)}): {Message}";
    }
}
