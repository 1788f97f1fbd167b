using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;
using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
        private static readonly Regex RuleId = new("^[A-Za-z0-9][A-Za-z0-9._-]*$");

        /// <summary>The operation's declared rules, then the ones its parameters imply (bounds, patterns, filter formats).</summary>
        private EquatableArray<ApiRule> ReadRules(ObjectReader operation, string name, List<ParameterSpec> parameters)
        {
            var result = new List<ApiRule>();
            var ids = new HashSet<string>();
            var byWire = parameters.ToDictionary(p => p.WireName, p => p);
            var array = operation.Array("rules");
            for (var k = 0; array is not null && k < array.Items.Count; k++)
            {
                var obj = ObjectReader.Create(_context, array.Items[k], $"{operation.JsonPath}.rules[{k}]", "a rule", SpecMembers.Rule);
                if (obj is not null && ReadRule(obj, name, byWire) is { } rule)
                {
                    if (ids.Add(rule.Id))
                    {
                        result.Add(rule);
                    }
                    else
                    {
                        _context.Report(DiagnosticDescriptors.DuplicateName, _context.Locate(obj.Find(Member(nameof(ApiRule.Id)))!.Value), "Rule", rule.Id);
                    }
                }
            }

            foreach (var implied in parameters.SelectMany(ImpliedRules))
            {
                if (ids.Add(implied.Id))
                {
                    result.Add(implied);
                }
                else
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, _context.Locate(operation.Node), "Rule", implied.Id);
                }
            }

            return result.ToEquatableArray();
        }

        /// <summary>Reads each field by its shape (see <see cref="ApiRule.Fields"/>), then checks what the values mean.</summary>
        private ApiRule? ReadRule(ObjectReader obj, string operation, Dictionary<string, ParameterSpec> parameters)
        {
            var complete = true;
            var values = new Dictionary<ApiRuleField, object?>();
            foreach (var field in ApiRule.Fields)
            {
                values[field] = ReadRuleField(obj, field, ref complete);
            }

            var id = values[ApiRule.Fields[0]] as string ?? "?";
            var subject = values[ApiRule.Fields[3]] as string;
            foreach (var node in Strings(obj, values, nameof(ApiRule.Id)).Where(n => !RuleId.IsMatch(n.Node.Value)))
            {
                obj.Invalid(node.Member, node.Node, "an id of letters, digits, '.', '_' and '-'");
            }

            var named = new HashSet<string>();
            foreach (var node in Strings(obj, values, nameof(ApiRule.Parameter)).Concat(Strings(obj, values, nameof(ApiRule.With))))
            {
                if (!named.Add(node.Node.Value) && node.Node.Value != subject)
                {
                    _context.Report(DiagnosticDescriptors.InvalidRule, _context.Locate(node.Node), id, $"'with' names '{node.Node.Value}' more than once");
                    complete = false;
                }
                else if (!parameters.ContainsKey(node.Node.Value))
                {
                    _context.Report(DiagnosticDescriptors.RuleUnknownParameter, _context.Locate(node.Node), id, node.Node.Value, operation);
                    complete = false;
                }
                else if (node.Member == Member(nameof(ApiRule.With)) && node.Node.Value == subject)
                {
                    _context.Report(DiagnosticDescriptors.InvalidRule, _context.Locate(node.Node), id, "'with' cannot name the rule's own parameter");
                    complete = false;
                }
            }

            foreach (var node in Strings(obj, values, nameof(ApiRule.Format)).Where(n => !WireFormats.IsKnownFormat(n.Node.Value)))
            {
                obj.Invalid(node.Member, node.Node, "timeFilter or keyValue");
            }

            foreach (var node in Strings(obj, values, nameof(ApiRule.Pattern)))
            {
                CheckPattern(obj, node.Member, node.Node);
            }

            if (!complete)
            {
                return null;
            }

            var rule = ApiRule.Create(f => values[f]);
            var kind = SpecName(rule.Kind);
            var type = parameters[rule.Parameter].Type;
            if (rule.Kind == ApiRuleKind.ExactlyOne && ApiRule.Fields.FirstOrDefault(f => !f.Required && f.Name != nameof(ApiRule.With) && !f.IsAbsent(rule)) is { } extra)
            {
                // On the member that does not belong: the way out is to remove it.
                var member = obj.Find(extra.Member)!;
                _context.Report(DiagnosticDescriptors.InvalidRule, _context.LocateName(member), id, $"'{extra.Member}' does not apply to an exactlyOne rule");
                return null;
            }

            var problem = rule.Kind switch
            {
                ApiRuleKind.Requires or ApiRuleKind.Recommends or ApiRuleKind.Conflicts when rule.With.Count == 0 => $"a {kind} rule needs 'with'",
                ApiRuleKind.ExactlyOne when rule.With.Count == 0 => "an exactlyOne rule needs 'with': the other members of its group",
                ApiRuleKind.Conflicts when rule.When is not null || rule.Value is not null => "'when' and 'value' apply to requires and recommends rules",
                ApiRuleKind.Range when rule.Minimum is null && rule.Maximum is null => "a range rule needs 'minimum' or 'maximum'",
                ApiRuleKind.Range when !type.Info.IsNumeric => $"a range rule needs a numeric parameter, and '{rule.Parameter}' is {type.Kind.ToString().ToLowerInvariant()}",
                ApiRuleKind.Format when rule.Format is null && rule.Pattern is null => "a format rule needs 'format' or 'pattern'",
                ApiRuleKind.Range or ApiRuleKind.Format when rule.With.Count > 0 || rule.When is not null || rule.Value is not null => $"'with', 'when' and 'value' do not apply to a {kind} rule",
                _ when rule.Value is not null && rule.With.Any(w => parameters[w].Type.Kind == ApiParameterKind.Flag) && rule.Value != "true" => "a flag parameter is either unset or \"true\"",
                _ => null,
            };
            if (problem is not null)
            {
                _context.Report(DiagnosticDescriptors.InvalidRule, _context.Locate(obj.Node), id, problem);
                return null;
            }

            return rule;
        }

        /// <summary>A field's value as its shape reads it from the spec; null when absent or invalid (then reported,
        /// and <paramref name="complete"/> cleared).</summary>
        private static object? ReadRuleField(ObjectReader obj, ApiRuleField field, ref bool complete)
        {
            var node = field.Required ? obj.Required(field.Member) : obj.Find(field.Member)?.Value;
            if (node is null)
            {
                complete &= !field.Required;
                return null;
            }

            object? value = field.Shape switch
            {
                ApiRuleFieldShape.Number => obj.Number(field.Member),
                ApiRuleFieldShape.Texts => ReadTexts(obj, field.Member, node),
                ApiRuleFieldShape.Enum => ReadEnum(obj, field, node),
                _ => obj.String(field.Member, allowEmpty: field.AllowsEmpty)?.Value,
            };
            complete &= value is not null;
            return value;
        }

        /// <summary>One string, or a non-empty array of them.</summary>
        private static string[]? ReadTexts(ObjectReader obj, string member, JsonNode node)
        {
            var items = node switch
            {
                JsonStringNode single => new List<JsonNode> { single },
                JsonArrayNode array when array.Items.Count > 0 => array.Items,
                _ => null,
            };
            if (items is null)
            {
                obj.Invalid(member, node, "a non-empty string or a non-empty array of them");
                return null;
            }

            var bad = items.FirstOrDefault(i => i is not JsonStringNode { Value.Length: > 0 });
            if (bad is not null)
            {
                obj.Invalid(member, bad, "a non-empty string");
                return null;
            }

            return items.Cast<JsonStringNode>().Select(i => i.Value).ToArray();
        }

        private static object? ReadEnum(ObjectReader obj, ApiRuleField field, JsonNode node)
        {
            var values = System.Enum.GetValues(field.EnumType!).Cast<object>().ToList();
            var match = node is JsonStringNode text ? values.FirstOrDefault(v => SpecName(v) == text.Value) : null;
            if (match is null)
            {
                var names = values.Select(SpecName).ToList();
                obj.Invalid(field.Member, node, string.Join(", ", names.Take(names.Count - 1)) + " or " + names[names.Count - 1]);
            }

            return match;
        }

        /// <summary>An enum member as the spec spells it: its name in camel case.</summary>
        private static string SpecName(object value)
        {
            var name = value.ToString();
            return char.ToLowerInvariant(name[0]) + name.Substring(1);
        }

        private static string Member(string property) => System.Array.Find(ApiRule.Fields, f => f.Name == property).Member;

        /// <summary>The string nodes of a member that was read (one, or each in an array), with the member's name.</summary>
        private static IEnumerable<(string Member, JsonStringNode Node)> Strings(ObjectReader obj, Dictionary<ApiRuleField, object?> values, string property)
        {
            var member = Member(property);
            var items = values.First(v => v.Key.Name == property).Value is null ? null : obj.Find(member)?.Value switch
            {
                JsonStringNode single => new List<JsonNode> { single },
                JsonArrayNode array => array.Items,
                _ => null,
            };
            return (items ?? new List<JsonNode>()).OfType<JsonStringNode>().Where(n => n.Value.Length > 0).Select(n => (member, n));
        }

        /// <summary>Rules a parameter's declaration implies, so bounds and formats are checked like any other rule.</summary>
        private static IEnumerable<ApiRule> ImpliedRules(ParameterSpec parameter)
        {
            var wire = parameter.WireName;
            if (parameter.Minimum is not null || parameter.Maximum is not null)
            {
                var message = (parameter.Minimum, parameter.Maximum) switch
                {
                    (double min, double max) => $"{wire} must be between {Show(min)} and {Show(max)}.",
                    (double min, null) => $"{wire} must be at least {Show(min)}.",
                    _ => $"{wire} must be at most {Show(parameter.Maximum!.Value)}.",
                };
                yield return Implied(wire + "-range", ApiRuleKind.Range, message, parameter.Minimum, parameter.Maximum, null);
            }

            if (parameter.Pattern is not null)
            {
                yield return new ApiRule(wire + "-pattern", ApiRuleKind.Format, RuleSeverity.Error, wire, $"{wire} must match the pattern {parameter.Pattern}.")
                {
                    Pattern = parameter.Pattern,
                };
            }

            if (parameter.Location == ParameterLocation.Path)
            {
                yield return Implied(
                    wire + "-segment", ApiRuleKind.Format, WireFormats.Describe(WireFormats.PathSegment, wire), null, null, WireFormats.PathSegment);
            }

            if (parameter.Type.Info.ImpliedFormat is { } format)
            {
                yield return Implied(wire + "-format", ApiRuleKind.Format, WireFormats.Describe(format, wire), null, null, format);
            }

            ApiRule Implied(string id, ApiRuleKind kind, string message, double? min, double? max, string? format) =>
                new(id, kind, RuleSeverity.Error, wire, message) { Minimum = min, Maximum = max, Format = format };

            static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        }
    }
}
