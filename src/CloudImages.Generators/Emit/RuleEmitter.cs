using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Shared;
using CloudImages.Generators.Text;

namespace CloudImages.Generators.Emit
{
    /// <summary>Writes each rule twice from the same model: as an ApiRule attribute for the analyzers, and as an
    /// ApiRule instance for Validate(). Both are written field by field from <see cref="ApiRule.Fields"/>, so they
    /// cannot drift apart, nor from what the analyzers read back.</summary>
    internal static class RuleEmitter
    {
        public static string Attribute(ApiRule rule) =>
            $"[{TypeNames.Metadata}.ApiRule({Arguments(rule)}{string.Concat(Named(rule).Select(n => ", " + n))})]";

        public static string Instance(ApiRule rule)
        {
            var named = Named(rule).ToList();
            var initializer = named.Count == 0 ? "" : " { " + string.Join(", ", named) + " }";
            return $"new {TypeNames.Runtime}.ApiRule({Arguments(rule)}){initializer}";
        }

        /// <summary>How a rule reads in a property's remarks.</summary>
        public static string Describe(ApiRule rule) => $"Rule {rule.Id} ({rule.Severity.ToString().ToLowerInvariant()}): {rule.Message}";

        private static string Arguments(ApiRule rule) =>
            string.Join(", ", ApiRule.Fields.Where(f => f.Required).Select(f => Value(f, f.Get(rule)!)));

        private static IEnumerable<string> Named(ApiRule rule) =>
            ApiRule.Fields.Where(f => !f.Required && !f.IsAbsent(rule)).Select(f => f.Name + " = " + Value(f, f.Get(rule)!));

        private static string Value(ApiRuleField field, object value) => field.Shape switch
        {
            ApiRuleFieldShape.Texts => "new string[] { " + string.Join(", ", ((IReadOnlyList<string>)value).Select(Literal.String)) + " }",
            ApiRuleFieldShape.Number => Literal.Double((double)value),
            ApiRuleFieldShape.Enum => $"{TypeNames.Runtime}.{field.EnumType!.Name}.{value}",
            _ => Literal.String((string)value),
        };
    }
}
