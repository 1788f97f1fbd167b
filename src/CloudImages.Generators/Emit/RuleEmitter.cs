using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Text;
using CloudImages.Generators.Model;
using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Emit
{
    /// <summary>Writes each rule twice from the same model: as an ApiRule attribute for the analyzers, and as an
    /// ApiRule instance for Validate(). Neither is written by hand, so they cannot drift apart.</summary>
    internal static class RuleEmitter
    {
        public static void Attribute(SourceWriter writer, RuleSpec rule) =>
            writer.Call($"[{TypeNames.Metadata}.ApiRule", Arguments(rule).Concat(Named(rule).Select(n => n.Name + " = " + n.Value)).ToList(), "]");

        public static void Instance(SourceWriter writer, RuleSpec rule)
        {
            var named = Named(rule).ToList();
            if (named.Count == 0)
            {
                writer.Call($"new {TypeNames.Runtime}.ApiRule", Arguments(rule), ",");
                return;
            }

            writer.Call($"new {TypeNames.Runtime}.ApiRule", Arguments(rule));
            writer.Line("{");
            foreach (var (name, value) in named)
            {
                writer.Line($"    {name} = {value},");
            }

            writer.Line("},");
        }

        private static string[] Arguments(RuleSpec rule) => new[]
        {
            Literal.String(rule.Id),
            $"{TypeNames.Runtime}.ApiRuleKind.{rule.Kind}",
            $"{TypeNames.Runtime}.RuleSeverity.{rule.Severity}",
            Literal.String(rule.Parameter),
            Literal.String(rule.Message),
        };

        private static IEnumerable<(string Name, string Value)> Named(RuleSpec rule)
        {
            if (rule.With.Count > 0)
            {
                yield return ("With", "new string[] { " + string.Join(", ", rule.With.Select(Literal.String)) + " }");
            }

            if (rule.When is not null)
            {
                yield return ("When", Literal.String(rule.When));
            }

            if (rule.Value is not null)
            {
                yield return ("Value", Literal.String(rule.Value));
            }

            if (rule.Minimum is double minimum)
            {
                yield return ("Minimum", Literal.Double(minimum));
            }

            if (rule.Maximum is double maximum)
            {
                yield return ("Maximum", Literal.Double(maximum));
            }

            if (rule.Format is not null)
            {
                yield return ("Format", Literal.String(rule.Format));
            }

            if (rule.Pattern is not null)
            {
                yield return ("Pattern", Literal.String(rule.Pattern));
            }
        }

        /// <summary>How a rule reads in a property's remarks.</summary>
        public static string Describe(RuleSpec rule) => $"Rule {rule.Id} ({rule.Severity.ToString().ToLowerInvariant()}): {rule.Message}";
    }
}
