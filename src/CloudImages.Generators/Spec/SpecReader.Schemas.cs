using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
        /// <summary>Collects the schemas with "role": "request" first, so a type reference knows its role.</summary>
        private void DeclareRequestSchemas(List<JsonNode> nodes)
        {
            foreach (var node in nodes)
            {
                if (node is JsonObjectNode obj
                    && obj.Members.FirstOrDefault(m => m.Name == "name")?.Value is JsonStringNode name
                    && obj.Members.FirstOrDefault(m => m.Name == "role")?.Value is JsonStringNode { Value: "request" })
                {
                    _requestSchemaNames.Add(name.Value);
                }
            }
        }

        private EquatableArray<SchemaSpec> ReadSchemas(List<JsonNode> nodes)
        {
            var result = new List<SchemaSpec>();
            for (var i = 0; i < nodes.Count; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var obj = ObjectReader.Create(_context, nodes[i], $"schemas[{i}]", "a schema", SpecMembers.Schema);
                var nameNode = obj?.String("name", required: true);
                var fields = obj?.Array("fields", required: true);
                if (obj is null || nameNode is null || fields is null)
                {
                    continue;
                }

                var name = nameNode.Value;
                if (Naming.Problem(name) is { } problem)
                {
                    _context.Report(DiagnosticDescriptors.InvalidIdentifier, _context.Locate(nameNode), name, problem);
                    continue;
                }

                if (_schemas.ContainsKey(name))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, _context.Locate(nameNode), "Schema", name);
                    continue;
                }

                DeclareType("Schema", name, name, _context.Locate(nameNode));
                Since11(obj, "role", "rules");
                var role = obj.String("role");
                if (role is not null && role.Value is not ("request" or "response"))
                {
                    obj.Invalid("role", role, "\"request\" or \"response\" (the default)");
                    continue;
                }

                if (_requestSchemaNames.Contains(name))
                {
                    var members = ReadMembers(obj, "fields", name, GeneratedNames.QueryMembers, inRequestSchema: true);
                    _requestSchemas.Add(new RequestSchemaSpec(name, obj.String("description", allowEmpty: true)?.Value, members.ToEquatableArray(), ReadRules(obj, name, members)));
                    continue;
                }

                if (obj.Find("rules") is { } rulesMember)
                {
                    obj.Invalid("rules", rulesMember.Value, "absent: rules check what is sent, so they belong to \"role\": \"request\" schemas");
                }

                var schema = new SchemaSpec(name, obj.String("description", allowEmpty: true)?.Value, ReadFields(obj, fields, name));
                _schemas.Add(name, schema);
                result.Add(schema);
            }

            return result.ToEquatableArray();
        }

        private EquatableArray<FieldSpec> ReadFields(ObjectReader owner, JsonArrayNode fields, string typeName)
        {
            var result = new List<FieldSpec>();
            var wires = new HashSet<string>();
            var members = MemberScope(typeName, GeneratedNames.ModelMembers);
            for (var j = 0; j < fields.Items.Count; j++)
            {
                var obj = ObjectReader.Create(_context, fields.Items[j], $"{owner.JsonPath}.fields[{j}]", "a field", SpecMembers.Field);
                var wireNode = obj?.String("name", required: true);
                if (obj is null || wireNode is null)
                {
                    continue;
                }

                CheckDeviation(obj);

                var location = _context.Locate(wireNode);
                var property = CSharpName(obj.String("csharpName"), wireNode.Value, location);
                var type = ReadType(obj, KindUse.Field, property is null ? null : typeName + property);
                obj.Boolean("nullable");
                Since11(obj, "in");
                var inNode = obj.String("in");
                if (inNode is not null && inNode.Value is not ("body" or "header"))
                {
                    obj.Invalid("in", inNode, "\"body\" (the default) or \"header\"");
                    continue;
                }

                var isHeader = inNode?.Value == "header";
                if (isHeader && type is not null && type.Info.HeaderReader is null)
                {
                    obj.Invalid("type", obj.Find("type")!.Value, "string, integer, long, boolean or dateTime: a header holds one value");
                    continue;
                }

                if (!wires.Add(wireNode.Value))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, location, "Field", wireNode.Value);
                    continue;
                }

                if (type is not null && property is not null && members.Claim("Field", wireNode.Value, property, location))
                {
                    result.Add(new FieldSpec(
                        wireNode.Value,
                        property,
                        type,
                        obj.String("description", allowEmpty: true)?.Value,
                        obj.String("remarks", allowEmpty: true)?.Value,
                        isHeader ? wireNode.Value : null));
                }
            }

            return result.ToEquatableArray();
        }
    }
}
