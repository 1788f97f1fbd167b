using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

#if CLOUDIMAGES_RUNTIME
namespace CloudImages.Runtime
#else
namespace CloudImages.Generators.Shared
#endif
{
    /// <summary>The meaning of each <see cref="ApiRuleKind"/>, shared by the analyzers and Validate().</summary>
    internal static class RuleLogic
    {
        private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

        /// <summary>Yields one entry per violation of <paramref name="rule"/>: the other parameter involved,
        /// or null when the rule is about its parameter alone.</summary>
        /// <remarks>An exactlyOne rule yields null when no member of its group is set, and each member set after
        /// the first one set otherwise; whether its parameter is set does not decide whether it applies.</remarks>
        public static IEnumerable<string?> Violations(ApiRule rule, Func<string, WireValue> lookup)
        {
            if (rule.Kind == ApiRuleKind.ExactlyOne)
            {
                return ExactlyOneViolations(rule, lookup);
            }

            return PairViolations(rule, lookup);
        }

        /// <summary>The group of an exactlyOne rule, in order: its parameter, then its <see cref="ApiRule.With"/>.</summary>
        public static IEnumerable<string> Group(ApiRule rule)
        {
            yield return rule.Parameter;
            foreach (var other in rule.With)
            {
                yield return other;
            }
        }

        /// <summary>The first member of an exactlyOne rule's group that is certainly set, or null.</summary>
        public static string? FirstSet(ApiRule rule, Func<string, WireValue> lookup)
        {
            foreach (var member in Group(rule))
            {
                if (lookup(member).IsSet)
                {
                    return member;
                }
            }

            return null;
        }

        /// <summary>A member not known to be set or unset (at compile time) keeps "none set" from being reported,
        /// but two members certainly set are too many whatever the others are.</summary>
        private static IEnumerable<string?> ExactlyOneViolations(ApiRule rule, Func<string, WireValue> lookup)
        {
            var anySet = false;
            var unknown = false;
            foreach (var member in Group(rule))
            {
                var value = lookup(member);
                unknown |= value.State == WireState.Unknown;
                if (!value.IsSet)
                {
                    continue;
                }

                if (anySet)
                {
                    yield return member;
                }

                anySet = true;
            }

            if (!anySet && !unknown)
            {
                yield return null;
            }
        }

        private static IEnumerable<string?> PairViolations(ApiRule rule, Func<string, WireValue> lookup)
        {
            var subject = lookup(rule.Parameter);
            if (!subject.IsSet)
            {
                // A path parameter is always sent, a null as an empty segment: its segment rule judges that too.
                if (subject.State == WireState.Unset && rule.Kind == ApiRuleKind.Format && rule.Format == WireFormats.PathSegment)
                {
                    yield return null;
                }

                yield break;
            }

            switch (rule.Kind)
            {
                case ApiRuleKind.Requires:
                case ApiRuleKind.Recommends:
                    if (rule.When is not null && (subject.Text is null || !string.Equals(subject.Text, rule.When, StringComparison.Ordinal)))
                    {
                        yield break;
                    }

                    foreach (var other in rule.With)
                    {
                        if (IsMissing(lookup(other), rule.Value))
                        {
                            yield return other;
                        }
                    }

                    break;

                case ApiRuleKind.Conflicts:
                    foreach (var other in rule.With)
                    {
                        if (lookup(other).IsSet)
                        {
                            yield return other;
                        }
                    }

                    break;

                case ApiRuleKind.Range:
                    if (subject.Text is not null && !InRange(subject.Text, rule.Minimum, rule.Maximum))
                    {
                        yield return null;
                    }

                    break;

                case ApiRuleKind.Format:
                    if (subject.Text is not null && !MatchesFormat(rule, subject.Text))
                    {
                        yield return null;
                    }

                    break;
            }
        }

        /// <summary>True when the value is certainly not what the rule needs.</summary>
        private static bool IsMissing(WireValue value, string? required) => value.State switch
        {
            WireState.Unset => true,
            WireState.Set => required is not null && value.Text is not null && !string.Equals(value.Text, required, StringComparison.Ordinal),
            _ => false,
        };

        public static bool InRange(string text, double? minimum, double? maximum)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            return (minimum is not double min || number >= min) && (maximum is not double max || number <= max);
        }

        public static bool MatchesFormat(ApiRule rule, string text)
        {
            if (rule.Format is { } format && !WireFormats.Matches(format, text))
            {
                return false;
            }

            return rule.Pattern is not { } pattern || MatchesPattern(pattern, text);
        }

        /// <summary>The whole text matches: \A and \z, since $ would also match before a final line break.</summary>
        public static bool MatchesPattern(string pattern, string text)
        {
            try
            {
                return Regex.IsMatch(text, @"\A(?:" + pattern + @")\z", RegexOptions.CultureInvariant, PatternTimeout);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }
    }
}
