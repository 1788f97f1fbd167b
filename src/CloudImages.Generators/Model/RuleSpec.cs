using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Model
{
    /// <summary>A rule as the spec declares it, or as derived from a parameter's minimum, maximum, pattern or type.</summary>
    internal sealed record RuleSpec(
        string Id,
        ApiRuleKind Kind,
        RuleSeverity Severity,
        string Parameter,
        string Message,
        EquatableArray<string> With,
        string? When,
        string? Value,
        double? Minimum,
        double? Maximum,
        string? Format,
        string? Pattern);
}
