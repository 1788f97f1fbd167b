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
        private static readonly string[] RuleMembers =
        {
            "id", "kind", "severity", "message", "parameter", "when", "with", "value", "minimum", "maximum", "format", "pattern",
        };

        private static readonly Regex RuleId = new("^[A-Za-z0-9][A-Za-z0-9._-]*$");

        private static readonly Dictionary<string, ApiRuleKind> RuleKinds = new()
        {
            ["requires"] = ApiRuleKind.Requires,
            ["conflicts"] = ApiRuleKind.Conflicts,
            ["recommends"] = ApiRuleKind.Recommends,
            ["range"] = ApiRuleKind.Range,
            ["format"] = ApiRuleKind.Format,
        };

        private static readonly Dictionary<string, RuleSeverity> Severities = new()
        {
            ["error"] = RuleSeverity.Error,
            ["warning"] = RuleSeverity.Warning,
            ["info"] = RuleSeverity.Info,
        };

        /// <summary>The operation's declared rules, then the ones its parameters imply (bounds, patterns, filter formats).</summary>
        private EquatableArray<RuleSpec> ReadRules(ObjectReader operation, string name, List<ParameterSpec> parameters)
        {
            var result = new List<RuleSpec>();
            var ids = new HashSet<string>();
            var byWire = parameters.ToDictionary(p => p.WireName, p => p);
            var array = operation.Array("rules");
            for (var k = 0; array is not null && k < array.Items.Count; k++)
            {
                var obj = ObjectReader.Create(_context, array.Items[k], $"{operation.JsonPath}.rules[{k}]", "a rule", RuleMembers);
                if (obj is not null && ReadRule(obj, name, byWire) is { } rule)
                {
                    if (ids.Add(rule.Id))
                    {
                        result.Add(rule);
                    }
                    else
                    {
                        _context.Report(DiagnosticDescriptors.DuplicateName, _context.Locate(obj.Find("id")!.Value), "Rule", rule.Id);
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

        private RuleSpec? ReadRule(ObjectReader obj, string operation, Dictionary<string, ParameterSpec> parameters)
        {
            var idNode = obj.String("id", required: true);
            var kindNode = obj.String("kind", required: true);
            var severityNode = obj.String("severity", required: true);
            var message = obj.String("message", required: true);
            var parameterNode = obj.String("parameter", required: true);
            var id = idNode?.Value ?? "?";
            if (idNode is not null && !RuleId.IsMatch(id))
            {
                obj.Invalid("id", idNode, "an id of letters, digits, '.', '_' and '-'");
            }

            ApiRuleKind? kind = null;
            if (kindNode is not null)
            {
                if (RuleKinds.TryGetValue(kindNode.Value, out var k))
                {
                    kind = k;
                }
                else
                {
                    obj.Invalid("kind", kindNode, "requires, conflicts, recommends, range or format");
                }
            }

            RuleSeverity? severity = null;
            if (severityNode is not null)
            {
                if (Severities.TryGetValue(severityNode.Value, out var s))
                {
                    severity = s;
                }
                else
                {
                    obj.Invalid("severity", severityNode, "error, warning or info");
                }
            }

            var subject = parameterNode is null ? null : Parameter(parameterNode);
            var with = ReadWith(obj, id, operation, parameters, parameterNode?.Value);
            var when = obj.String("when", allowEmpty: true);
            var value = obj.String("value", allowEmpty: true);
            var minimum = obj.Number("minimum");
            var maximum = obj.Number("maximum");
            var format = obj.String("format");
            var pattern = obj.String("pattern");
            if (format is not null && !WireFormats.IsKnownFormat(format.Value))
            {
                obj.Invalid("format", format, "timeFilter or keyValue");
            }

            if (pattern is not null)
            {
                CheckPattern(obj, "pattern", pattern);
            }

            if (kind is null || severity is null || subject is null || message is null || idNode is null || with is null)
            {
                return null;
            }

            var problem = kind switch
            {
                ApiRuleKind.Requires or ApiRuleKind.Recommends or ApiRuleKind.Conflicts when with.Count == 0 => $"a {kindNode!.Value} rule needs 'with'",
                ApiRuleKind.Conflicts when when is not null || value is not null => "'when' and 'value' apply to requires and recommends rules",
                ApiRuleKind.Range when minimum is null && maximum is null => "a range rule needs 'minimum' or 'maximum'",
                ApiRuleKind.Range when !subject.Type.Info.IsNumeric => $"a range rule needs a numeric parameter, and '{subject.WireName}' is {subject.Type.Kind.ToString().ToLowerInvariant()}",
                ApiRuleKind.Format when format is null && pattern is null => "a format rule needs 'format' or 'pattern'",
                ApiRuleKind.Range or ApiRuleKind.Format when with.Count > 0 || when is not null || value is not null => $"'with', 'when' and 'value' do not apply to a {kindNode!.Value} rule",
                _ when value is not null && with.Any(w => parameters[w].Type.Kind == ApiParameterKind.Flag) && value.Value != "true" => "a flag parameter is either unset or \"true\"",
                _ => null,
            };
            if (problem is not null)
            {
                _context.Report(DiagnosticDescriptors.InvalidRule, _context.Locate(obj.Node), id, problem);
                return null;
            }

            return new RuleSpec(
                id,
                kind.Value,
                severity.Value,
                subject.WireName,
                message.Value,
                with.ToEquatableArray(),
                when?.Value,
                value?.Value,
                minimum,
                maximum,
                format?.Value,
                pattern?.Value);

            ParameterSpec? Parameter(JsonStringNode node)
            {
                if (parameters.TryGetValue(node.Value, out var p))
                {
                    return p;
                }

                _context.Report(DiagnosticDescriptors.RuleUnknownParameter, _context.Locate(node), id, node.Value, operation);
                return null;
            }
        }

        private List<string>? ReadWith(ObjectReader obj, string id, string operation, Dictionary<string, ParameterSpec> parameters, string? subject)
        {
            var node = obj.Find("with")?.Value;
            var items = node switch
            {
                null => new List<JsonNode>(),
                JsonStringNode single => new List<JsonNode> { single },
                JsonArrayNode array when array.Items.Count > 0 => array.Items,
                _ => null,
            };
            if (items is null)
            {
                obj.Invalid("with", node!, "a parameter name or a non-empty array of them");
                return null;
            }

            var result = new List<string>();
            foreach (var item in items)
            {
                if (item is not JsonStringNode text)
                {
                    obj.Invalid("with", item, "a parameter name");
                    return null;
                }

                if (!parameters.ContainsKey(text.Value))
                {
                    _context.Report(DiagnosticDescriptors.RuleUnknownParameter, _context.Locate(text), id, text.Value, operation);
                    return null;
                }

                if (text.Value == subject)
                {
                    _context.Report(DiagnosticDescriptors.InvalidRule, _context.Locate(text), id, "'with' cannot name the rule's own parameter");
                    return null;
                }

                result.Add(text.Value);
            }

            return result;
        }

        /// <summary>Rules a parameter's declaration implies, so bounds and formats are checked like any other rule.</summary>
        private static IEnumerable<RuleSpec> ImpliedRules(ParameterSpec parameter)
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
                yield return new RuleSpec(
                    wire + "-pattern", ApiRuleKind.Format, RuleSeverity.Error, wire, $"{wire} must match the pattern {parameter.Pattern}.",
                    EquatableArray<string>.Empty, null, null, null, null, null, parameter.Pattern);
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

            RuleSpec Implied(string id, ApiRuleKind kind, string message, double? min, double? max, string? format) =>
                new(id, kind, RuleSeverity.Error, wire, message, EquatableArray<string>.Empty, null, null, min, max, format, null);

            static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        }
    }
}
