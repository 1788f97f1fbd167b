using System.Collections.Generic;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;
using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
        private const string JsonRead = "global::CloudImages.Runtime.JsonRead.";

        /// <summary>Reads "type" and what it needs ("enum", "schema", "items", "wireType") from a field, parameter or
        /// items object, and resolves it once: C# name, reader and key. <paramref name="use"/> says where the value
        /// travels: a query or path parameter, a response field, or a request body member.</summary>
        /// <param name="owner">The object with "type".</param>
        /// <param name="use">Where the value travels.</param>
        /// <param name="inlineName">The C# name an inline object ("fields" instead of "schema") gets: the owner type's
        /// name and the member's; null where an inline object cannot be (a patch attribute).</param>
        private TypeRef? ReadType(ObjectReader owner, KindUse use, string? inlineName = null)
        {
            var typeNode = owner.String("type", required: true);
            if (typeNode is null)
            {
                return null;
            }

            if (Kinds.Find(typeNode.Value) is not { } kind)
            {
                _context.Report(
                    DiagnosticDescriptors.UnknownReference,
                    _context.Locate(typeNode),
                    "Type",
                    typeNode.Value,
                    "; use " + Kinds.Names(KindUse.Query | KindUse.Path | KindUse.Field | KindUse.Body));
                return null;
            }

            if ((kind.Use & use) == 0)
            {
                owner.Invalid("type", typeNode, UseName(use) + " (" + Kinds.Names(use) + ")");
                return null;
            }

            var inline = kind.Kind == ApiParameterKind.Object && inlineName is not null;
            foreach (var member in new[] { "fields", "rules" })
            {
                if (!inline && owner.Find(member) is { } misplaced)
                {
                    owner.Invalid(member, misplaced.Value, "absent: only an object member describes its fields inline");
                    return null;
                }
            }

            var wireTypeNode = owner.String("wireType");
            if (wireTypeNode is not null && wireTypeNode.Value != "string")
            {
                owner.Invalid("wireType", wireTypeNode, "\"string\"");
                return null;
            }

            switch (kind.Kind)
            {
                case ApiParameterKind.Enum:
                case ApiParameterKind.Object:
                    var isEnum = kind.Kind == ApiParameterKind.Enum;
                    var name = isEnum ? ResolveName(owner, "enum", "Enum", _enumNames)
                        : owner.Find("fields") is not null && inlineName is not null ? ReadInlineSchema(owner, use, inlineName)
                        : ResolveSchema(owner, use);
                    return name is null ? null : new TypeRef(kind, "global::" + _namespace + "." + name, "TryRead" + name, name);
                case ApiParameterKind.Array:
                    var items = owner.Object("items", "items", required: true, SpecMembers.Type);
                    if (items?.Find("timeLayout") is { } itemLayout)
                    {
                        items.Invalid("timeLayout", itemLayout.Value, "absent: a layout is given for a dateTime field or parameter, not for array items");
                        return null;
                    }

                    var itemType = items is null ? null : ReadType(items, use == KindUse.Body ? KindUse.Body : KindUse.Field, inlineName is null ? null : inlineName + "Item");
                    return itemType is null
                        ? null
                        : new TypeRef(
                            kind,
                            "global::System.Collections.Generic.IReadOnlyList<" + itemType.Name + ">",
                            "TryRead" + itemType.Key + "Array",
                            itemType.Key + "Array",
                            itemType);
                case ApiParameterKind.Json when wireTypeNode is not null:
                    return new TypeRef(kind, kind.CSharpName!, JsonRead + "TryReadJsonString", "JsonString");
                default:
                    var key = kind.Kind == ApiParameterKind.DateTime ? "DateTimeOffset" : kind.Kind.ToString();
                    var layout = ReadTimeLayout(owner, kind.Kind);
                    return new TypeRef(kind, kind.CSharpName!, kind.JsonReader is null ? "" : JsonRead + kind.JsonReader, key, WireString: wireTypeNode is not null, TimeLayout: layout);
            }
        }

        /// <summary>An object described where it is used, without a separate name: a request schema for a body
        /// member, a response schema for a field, named after its owner and member (CreateImageRequestImageTags).</summary>
        private string? ReadInlineSchema(ObjectReader owner, KindUse use, string name)
        {
            if (owner.Find("schema") is { } both)
            {
                owner.Invalid("schema", both.Value, "absent: an object has either \"schema\" or inline \"fields\"");
                return null;
            }

            Since11(owner, "fields");
            var location = _context.Locate(owner.Node);
            if (_schemaNames.Contains(name))
            {
                _context.Report(DiagnosticDescriptors.NameCollision, location, "Inline object", owner.JsonPath, name, "is also a declared schema's name");
                return null;
            }

            if (!DeclareType("Schema", name, name, location))
            {
                return null;
            }

            _schemaNames.Add(name);
            var fields = owner.Array("fields", required: true);
            if (fields is null)
            {
                return null;
            }

            if (use == KindUse.Body)
            {
                _requestSchemaNames.Add(name);
                var members = ReadMembers(owner, "fields", name, GeneratedNames.QueryMembers, inRequestSchema: true);
                _requestSchemas.Add(new RequestSchemaSpec(name, owner.String("description", allowEmpty: true)?.Value, members.ToEquatableArray(), ReadRules(owner, name, members)));
                return name;
            }

            if (owner.Find("rules") is { } rules)
            {
                owner.Invalid("rules", rules.Value, "absent: rules check what is sent, so they belong to objects of a request body");
            }

            var schema = new SchemaSpec(name, owner.String("description", allowEmpty: true)?.Value, ReadFields(owner, fields, name));
            _schemas.Add(name, schema);
            _inlineSchemas.Add(schema);
            return name;
        }

        /// <summary>"timeLayout": how a dateTime travels, when not in whole seconds; the WireText constant's name.</summary>
        private string? ReadTimeLayout(ObjectReader owner, ApiParameterKind kind)
        {
            var node = owner.String("timeLayout");
            if (node is null)
            {
                return null;
            }

            Since11(owner, "timeLayout");
            if (kind != ApiParameterKind.DateTime || node.Value is not ("seconds" or "milliseconds"))
            {
                owner.Invalid("timeLayout", node, kind == ApiParameterKind.DateTime ? "\"seconds\" or \"milliseconds\"" : "absent: only a dateTime has a layout");
                return null;
            }

            return node.Value == "milliseconds" ? "TimeLayoutMilliseconds" : null;
        }

        private static string UseName(KindUse use) => use switch
        {
            KindUse.Field => "a response type",
            KindUse.Body => "a request body type",
            _ => "a parameter type",
        };

        /// <summary>A schema of the right role: a request body takes request schemas, a response takes the others.</summary>
        private string? ResolveSchema(ObjectReader owner, KindUse use)
        {
            var wantRequest = use == KindUse.Body;
            var name = ResolveName(owner, "schema", "Schema", _schemaNames);
            if (name is not null && _requestSchemaNames.Contains(name) != wantRequest)
            {
                owner.Invalid(
                    "schema",
                    owner.Find("schema")!.Value,
                    wantRequest
                        ? "a schema with \"role\": \"request\" (a request body is written, a response schema only read)"
                        : "a response schema (\"" + name + "\" has \"role\": \"request\")");
                return null;
            }

            return name;
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

    }
}
