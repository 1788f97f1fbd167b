using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
        private EquatableArray<EnumSpec> ReadEnums(List<JsonNode> nodes)
        {
            var result = new List<EnumSpec>();
            var seen = new HashSet<string>();
            for (var i = 0; i < nodes.Count; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var obj = ObjectReader.Create(_context, nodes[i], $"enums[{i}]", "an enum", SpecMembers.Enum);
                var nameNode = obj?.String("name", required: true);
                var values = obj?.Array("values", required: true);
                if (obj is null || nameNode is null || values is null)
                {
                    continue;
                }

                var name = nameNode.Value;
                if (Naming.Problem(name) is { } problem)
                {
                    _context.Report(DiagnosticDescriptors.InvalidIdentifier, _context.Locate(nameNode), name, problem);
                    continue;
                }

                if (!seen.Add(name))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, _context.Locate(nameNode), "Enum", name);
                    continue;
                }

                DeclareType("Enum", name, name, _context.Locate(nameNode));
                if (values.Items.Count == 0)
                {
                    obj.Invalid("values", values, "an array with at least one value");
                }

                result.Add(new EnumSpec(name, obj.String("description", allowEmpty: true)?.Value, ReadEnumValues(obj, values, name)));
            }

            return result.ToEquatableArray();
        }

        private EquatableArray<EnumValueSpec> ReadEnumValues(ObjectReader owner, JsonArrayNode values, string typeName)
        {
            var result = new List<EnumValueSpec>();
            var wires = new HashSet<string>();
            var members = MemberScope(typeName, GeneratedNames.EnumMembers);
            for (var j = 0; j < values.Items.Count; j++)
            {
                var obj = ObjectReader.Create(_context, values.Items[j], $"{owner.JsonPath}.values[{j}]", "an enum value", SpecMembers.EnumValue);
                var wireNode = obj?.String("value", required: true);
                if (obj is null || wireNode is null)
                {
                    continue;
                }

                var location = _context.Locate(wireNode);
                if (!wires.Add(wireNode.Value))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, location, "Enum value", wireNode.Value);
                    continue;
                }

                var member = CSharpName(obj.String("name"), wireNode.Value, location);
                var aliases = ReadAliases(obj, wires);
                if (member is not null && members.Claim("Enum value", wireNode.Value, member, location))
                {
                    result.Add(new EnumValueSpec(wireNode.Value, member, obj.String("description", allowEmpty: true)?.Value, aliases));
                }
            }

            return result.ToEquatableArray();
        }

        /// <summary>"aliases": older wire texts of a value (a renamed value), read as it; never sent.</summary>
        private EquatableArray<string> ReadAliases(ObjectReader value, HashSet<string> wires)
        {
            Since11(value, "aliases");
            var aliases = ReadStringArray(value, "aliases");
            foreach (var node in (value.Array("aliases")?.Items ?? new List<JsonNode>()).OfType<JsonStringNode>())
            {
                if (node.Value.Length > 0 && !wires.Add(node.Value))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, _context.Locate(node), "Enum value", node.Value);
                }
            }

            return aliases;
        }
    }
}
