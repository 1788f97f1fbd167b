using System.Collections.Generic;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
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

                var location = _context.Locate(wireNode);
                var type = ReadType(obj, isParameter: false);
                obj.Boolean("nullable");
                if (!wires.Add(wireNode.Value))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, location, "Field", wireNode.Value);
                    continue;
                }

                var property = CSharpName(obj.String("csharpName"), wireNode.Value, location);
                if (type is not null && property is not null && members.Claim("Field", wireNode.Value, property, location))
                {
                    result.Add(new FieldSpec(
                        wireNode.Value,
                        property,
                        type,
                        obj.String("description", allowEmpty: true)?.Value,
                        obj.String("remarks", allowEmpty: true)?.Value));
                }
            }

            return result.ToEquatableArray();
        }
    }
}
