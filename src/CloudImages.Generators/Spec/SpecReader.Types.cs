using System.Collections.Generic;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
        private static readonly Dictionary<string, TypeKind> TypeNames = new()
        {
            ["string"] = TypeKind.String,
            ["boolean"] = TypeKind.Boolean,
            ["integer"] = TypeKind.Integer,
            ["long"] = TypeKind.Long,
            ["number"] = TypeKind.Number,
            ["dateTime"] = TypeKind.DateTime,
            ["enum"] = TypeKind.Enum,
            ["object"] = TypeKind.Object,
            ["array"] = TypeKind.Array,
            ["json"] = TypeKind.Json,
            ["flag"] = TypeKind.Flag,
            ["timeFilter"] = TypeKind.TimeFilter,
            ["keyValue"] = TypeKind.KeyValue,
        };

        /// <summary>Reads "type" and what it needs ("enum", "schema", "items", "wireType") from a field, parameter or items object.</summary>
        private TypeRef? ReadType(ObjectReader owner, bool isParameter)
        {
            var typeNode = owner.String("type", required: true);
            if (typeNode is null)
            {
                return null;
            }

            if (!TypeNames.TryGetValue(typeNode.Value, out var kind))
            {
                _context.Report(
                    DiagnosticDescriptors.UnknownReference,
                    _context.Locate(typeNode),
                    "Type",
                    typeNode.Value,
                    "; use string, boolean, integer, long, number, dateTime, enum, object, array, json, flag, timeFilter or keyValue");
                return null;
            }

            if (isParameter && kind is TypeKind.Object or TypeKind.Array or TypeKind.Json)
            {
                owner.Invalid("type", typeNode, "a parameter type (string, boolean, integer, long, number, dateTime, enum, flag, timeFilter or keyValue)");
                return null;
            }

            if (!isParameter && kind is TypeKind.Flag or TypeKind.TimeFilter or TypeKind.KeyValue)
            {
                owner.Invalid("type", typeNode, "a response type (string, boolean, integer, long, number, dateTime, enum, object, array or json)");
                return null;
            }

            var wireTypeNode = owner.String("wireType");
            if (wireTypeNode is not null && wireTypeNode.Value != "string")
            {
                owner.Invalid("wireType", wireTypeNode, "\"string\"");
                return null;
            }

            var wireString = wireTypeNode is not null;
            switch (kind)
            {
                case TypeKind.Enum:
                    var enumName = ResolveName(owner, "enum", "Enum", _enumNames);
                    return enumName is null ? null : new TypeRef(kind, enumName, WireString: wireString);
                case TypeKind.Object:
                    var schemaName = ResolveName(owner, "schema", "Schema", _schemaNames);
                    return schemaName is null ? null : new TypeRef(kind, schemaName, WireString: wireString);
                case TypeKind.Array:
                    var items = owner.Object("items", "items", required: true, SpecMembers.Type);
                    var itemType = items is null ? null : ReadType(items, isParameter: false);
                    return itemType is null ? null : new TypeRef(kind, Items: itemType);
                default:
                    return new TypeRef(kind, WireString: wireString);
            }
        }

        private string? ResolveName(ObjectReader owner, string member, string what, HashSet<string> declared)
        {
            var node = owner.String(member, required: true);
            if (node is null)
            {
                return null;
            }

            if (!declared.Contains(node.Value))
            {
                _context.Report(DiagnosticDescriptors.UnknownReference, _context.Locate(node), what, node.Value, $"; declare it under \"{member}s\"");
                return null;
            }

            return node.Value;
        }

        private static bool IsNumeric(TypeKind kind) => kind is TypeKind.Integer or TypeKind.Long or TypeKind.Number;
    }
}
