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
        public static void Attribute(SourceWriter writer, ApiRule rule) =>
            writer.Call($"[{TypeNames.Metadata}.ApiRule", Arguments(rule).Concat(Named(rule)).ToList(), "]");

        public static void Instance(SourceWriter writer, ApiRule rule)
        {
            var named = Named(rule).ToList();
            if (named.Count == 0)
            {
                writer.Call($"new {TypeNames.Runtime}.ApiRule", Arguments(rule), ",");
                return;
            }

            writer.Call($"new {TypeNames.Runtime}.ApiRule", Arguments(rule));
            writer.Line("{");
            foreach (var assignment in named)
            {
                writer.Line($"    {assignment},");
            }

            writer.Line("},");
        }

        /// <summary>How a rule reads in a property's remarks.</summary>
        public static string Describe(ApiRule rule) => $"Rule {rule.Id} ({rule.Severity.ToString().ToLowerInvariant()}): {rule.Message}";

        private static List<string> Arguments(ApiRule rule) =>
            ApiRule.Fields.Where(f => f.Required).Select(f => Value(f, f.Get(rule)!)).ToList();

        /// <summary>"Name = value" for each named field that has a value.</summary>
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
