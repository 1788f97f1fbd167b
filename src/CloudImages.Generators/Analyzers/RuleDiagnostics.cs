using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>Turns a violated spec rule into a diagnostic: the ID follows the rule's kind, advice (recommends, or
    /// a rule of severity info) is CIMG0006, and the message carries the rule's own id and text.</summary>
    internal static class RuleDiagnostics
    {
        public static DiagnosticDescriptor DescriptorFor(ApiRule rule)
        {
            if (rule.Kind == ApiRuleKind.Recommends || rule.Severity == RuleSeverity.Info)
            {
                return DiagnosticDescriptors.Advice;
            }

            return rule.Kind switch
            {
                ApiRuleKind.Requires => DiagnosticDescriptors.RequiredParameterMissing,
                ApiRuleKind.Conflicts => DiagnosticDescriptors.ConflictingParameters,
                ApiRuleKind.Range => DiagnosticDescriptors.ValueOutOfRange,
                ApiRuleKind.ExactlyOne => DiagnosticDescriptors.ExactlyOneParameter,
                _ => DiagnosticDescriptors.InvalidFormat,
            };
        }

        /// <param name="rule">The violated rule.</param>
        /// <param name="other">The other parameter involved, or null when the rule is about one value.</param>
        /// <param name="text">The value's wire text, when known.</param>
        /// <param name="location">The offending assignment.</param>
        /// <param name="additional">Assignments the code fixes change or remove.</param>
        /// <param name="properties">What the code fixes need.</param>
        public static Diagnostic Create(
            ApiRule rule,
            string? other,
            string? text,
            Location location,
            IEnumerable<Location>? additional,
            ImmutableDictionary<string, string?> properties) =>
            Diagnostic.Create(
                DescriptorFor(rule),
                location,
                additional,
                properties,
                Summary(rule, other, text),
                rule.Id,
                rule.Message);

        /// <summary>One line that names the wire parameters, e.g. "member_status needs visibility=shared".</summary>
        public static string Summary(ApiRule rule, string? other, string? text)
        {
            var subject = rule.When is null ? rule.Parameter : rule.Parameter + "=" + rule.When;
            var wanted = rule.Value is null ? other : other + "=" + rule.Value;
            return rule.Kind switch
            {
                ApiRuleKind.Requires => $"{subject} needs {wanted}",
                ApiRuleKind.Recommends => $"{subject} should go with {wanted}",
                ApiRuleKind.Conflicts => $"{subject} cannot be set together with {other}",
                ApiRuleKind.Range => $"{rule.Parameter} = {text} is out of range ({Range(rule)})",
                ApiRuleKind.ExactlyOne when other is null => $"set one of {string.Join(", ", RuleLogic.Group(rule))}",
                ApiRuleKind.ExactlyOne => $"{other} is one too many: set only one of {string.Join(", ", RuleLogic.Group(rule))}",
                _ => text is null ? $"{rule.Parameter} = null is not allowed" : $"{rule.Parameter} = \"{text}\" does not have the documented format",
            };
        }

        /// <summary>The value within range nearest to an out-of-range one, as C# text, which the code fix writes instead.</summary>
        public static string? NearestInRange(ApiRule rule, string text, bool integral)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            double nearest;
            if (rule.Minimum is double min && number < min)
            {
                nearest = integral ? Math.Ceiling(min) : min;
            }
            else if (rule.Maximum is double max && number > max)
            {
                nearest = integral ? Math.Floor(max) : max;
            }
            else
            {
                return null;
            }

            return integral ? ((long)nearest).ToString(CultureInfo.InvariantCulture) : Show(nearest);
        }

        /// <summary>The properties for the code fixes; entries without a value are left out.</summary>
        public static ImmutableDictionary<string, string?> Properties(params (string Key, string? Value)[] entries)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            foreach (var (key, value) in entries)
            {
                if (value is not null)
                {
                    builder[key] = value;
                }
            }

            return builder.ToImmutable();
        }

        private static string Range(ApiRule rule) => (rule.Minimum, rule.Maximum) switch
        {
            (double min, double max) => Show(min) + " to " + Show(max),
            (double min, null) => "at least " + Show(min),
            (null, double max) => "at most " + Show(max),
            _ => "unbounded",
        };

        private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
