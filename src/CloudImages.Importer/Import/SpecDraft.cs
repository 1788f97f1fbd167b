using System.Globalization;
using System.Text.Json.Nodes;

namespace CloudImages.Importer.Import
{
    /// <summary>Writes an imported page as a format-1.1 spec: one operation, the enums its values name, a schema per
    /// nested table (role request for the objects of a request body) and one for the response.</summary>
    internal sealed class SpecDraft
    {
        private readonly ImportedPage _page;
        private readonly JsonArray _enums = new();
        private readonly JsonArray _schemas = new();
        private readonly Dictionary<string, string> _enumNames = new(StringComparer.Ordinal);
        private readonly Dictionary<(DocumentedTable, bool), string> _schemaNames = new();
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);

        private SpecDraft(ImportedPage page) => _page = page;

        public static JsonObject Write(ImportedPage page) => new SpecDraft(page).Spec();

        private JsonObject Spec()
        {
            var p = _page;
            var operation = new JsonObject { ["name"] = p.OperationName, ["method"] = p.Method, ["path"] = p.Path };
            if (p.Description is not null)
            {
                operation["description"] = p.Description;
            }

            var parameters = new JsonArray();
            foreach (var (place, member) in p.Parameters)
            {
                parameters.Add(Member(member, place, request: true, required: place == "path" ? null : member.Mandatory == true && place == "body"));
            }

            JsonObject? requestBody = null;
            foreach (var member in MergedBody())
            {
                if (member.Member.Type.Kind == "file")
                {
                    requestBody = new JsonObject { ["kind"] = "binary", ["description"] = member.Member.Description };
                    continue;
                }

                parameters.Add(Member(member.Member, "body", request: true, required: member.Required));
            }

            if (parameters.Count > 0)
            {
                operation["parameters"] = parameters;
            }

            if (requestBody is not null)
            {
                operation["requestBody"] = requestBody;
            }

            var response = new JsonObject();
            var fields = p.ResponseTables.SelectMany(t => t.Members).GroupBy(m => m.Name).Select(g => g.First()).ToList();
            if (fields.Count > 0)
            {
                var name = Unique(p.OperationName + "Response");
                _schemas.Add(Schema(name, "The response of " + p.Page.Title + ".", fields, request: false));
                response["schema"] = name;
            }

            if (p.Status is { } status)
            {
                response["status"] = status;
            }

            operation["response"] = response;
            var errors = new JsonArray();
            foreach (var (code, name, description) in p.Errors.Where(e => e.Status >= 400))
            {
                errors.Add(new JsonObject { ["status"] = code, ["name"] = name, ["description"] = description });
            }

            if (errors.Count > 0)
            {
                operation["errors"] = errors;
            }

            var spec = new JsonObject
            {
                ["specVersion"] = "1.1",
                ["title"] = "Image Management Service: " + p.Page.Title,
                ["description"] = $"IMS \"{p.Page.Title}\" ({p.Method} {p.Path}), drafted from its API reference page.",
                ["source"] = $"Open Telekom Cloud IMS API reference, topic {p.Page.TopicLabel} ({p.Page.Title}); drafted from {Path.GetFileName(p.Page.File)}.",
                ["namespace"] = "CloudImages.Ims",
                ["client"] = new JsonObject { ["name"] = p.OperationName + "Client" },
                ["auth"] = new JsonObject { ["tokenHeader"] = "X-Auth-Token" },
                ["errorBody"] = new JsonObject
                {
                    ["codeField"] = new JsonArray("error.code", "error_code"),
                    ["messageField"] = new JsonArray("error.message", "error_msg"),
                },
            };
            if (_enums.Count > 0)
            {
                spec["enums"] = _enums;
            }

            if (_schemas.Count > 0)
            {
                spec["schemas"] = _schemas;
            }

            spec["operations"] = new JsonArray(operation);
            return spec;
        }

        /// <summary>The members of every alternative body as one: each member once, in order of appearance; mandatory
        /// only if every alternative has it and marks it mandatory; its objects described by all its nested tables.</summary>
        private IEnumerable<(DocumentedMember Member, bool Required)> MergedBody() =>
            Merge(_page.BodyAlternatives).Select(m => (m, m.Mandatory == true));

        internal static IReadOnlyList<DocumentedMember> Merge(IReadOnlyList<DocumentedTable> alternatives) =>
            alternatives.SelectMany(t => t.Members).GroupBy(m => m.Name, StringComparer.Ordinal).Select(g =>
            {
                var tables = g.Select(m => m.Nested).OfType<DocumentedTable>().Distinct().ToList();
                return g.First() with
                {
                    Mandatory = alternatives.All(t => t.Members.Any(m => m.Name == g.Key && m.Mandatory == true)),
                    Nested = tables.Count <= 1 ? tables.FirstOrDefault() : new DocumentedTable(tables[0].Table, Merge(tables)),
                };
            }).ToList();

        private JsonObject Schema(string name, string description, IEnumerable<DocumentedMember> members, bool request)
        {
            var schema = new JsonObject { ["name"] = name, ["description"] = description };
            if (request)
            {
                schema["role"] = "request";
            }

            schema["fields"] = new JsonArray(members.Select(m => (JsonNode)Member(m, null, request, request ? m.Mandatory == true : null)).ToArray());
            return schema;
        }

        private JsonObject Member(DocumentedMember member, string? place, bool request, bool? required)
        {
            var json = new JsonObject { ["name"] = member.Name };
            if (Naming.Reserved.Contains(Naming.Pascal(member.Name)))
            {
                json["csharpName"] = Naming.Pascal(member.Name) + "Value";
            }

            // A HEAD answer has no body: its response table describes headers.
            var header = !request && _page.Method == "HEAD";
            if (place is not null || header)
            {
                json["in"] = place ?? "header";
            }

            var scalarOnly = place is "query" or "path" || header;
            foreach (var (key, value) in Type(member, member.Type, scalarOnly, request, place == "path"))
            {
                json[key] = value;
            }

            if (required == true)
            {
                json["required"] = true;
            }

            if (request)
            {
                Bounds(member, json);
            }

            if (member.Description.Length > 0)
            {
                json["description"] = member.Description;
            }

            return json;
        }

        private IEnumerable<KeyValuePair<string, JsonNode?>> Type(DocumentedMember member, DocumentedType type, bool scalarOnly, bool request, bool inPath)
        {
            var kind = type.Kind;
            if (scalarOnly && kind is "array" or "object" or "file" || inPath && kind is "boolean" or "number")
            {
                _page.Warnings.Add(new ImportWarning(member.Location, $"'{member.Name}' is documented as {kind}, which a {(inPath ? "path parameter" : "query parameter or header")} cannot be: drafted as a string"));
                kind = "string";
            }

            if (kind == "string" && member.Facts.Values.Count > 0 && type.Items is null)
            {
                yield return new("type", "enum");
                yield return new("enum", Enum(member));
                yield break;
            }

            switch (kind)
            {
                case "array":
                    var items = new JsonObject();
                    var itemType = type.Items!;
                    foreach (var (key, value) in ItemType(member, itemType, request))
                    {
                        items[key] = value;
                    }

                    yield return new("type", "array");
                    yield return new("items", items);
                    break;
                case "object" when member.Nested is not null:
                    yield return new("type", "object");
                    yield return new("schema", NestedSchema(member, request));
                    break;
                case "object":
                    yield return new("type", "json");
                    break;
                default:
                    yield return new("type", kind == "file" ? "string" : kind);
                    break;
            }
        }

        private IEnumerable<KeyValuePair<string, JsonNode?>> ItemType(DocumentedMember member, DocumentedType item, bool request)
        {
            if (item.Kind == "object")
            {
                if (member.Nested is null)
                {
                    yield return new("type", "json");
                    yield break;
                }

                yield return new("type", "object");
                yield return new("schema", NestedSchema(member, request));
                yield break;
            }

            yield return new("type", item.Kind is "array" or "file" ? "string" : item.Kind);
        }

        private string NestedSchema(DocumentedMember member, bool request)
        {
            var table = member.Nested!;
            if (!_schemaNames.TryGetValue((table, request), out var name))
            {
                name = Naming.Pascal(member.Type.Kind == "array" ? Naming.Singular(member.Name) : member.Name);
                name = Unique(Naming.Reserved.Contains(name) ? name + "Object" : name);
                _schemaNames[(table, request)] = name;
                _schemas.Add(Schema(name, table.Table.Caption ?? "The " + member.Name + " objects.", table.Members, request));
            }

            return name;
        }

        private string Enum(DocumentedMember member)
        {
            var values = member.Facts.Values;
            var key = string.Join("\u0001", values);
            if (_enumNames.TryGetValue(key, out var existing))
            {
                return existing;
            }

            var name = Unique(Naming.Pascal(member.Name));
            _enumNames[key] = name;
            _enums.Add(new JsonObject
            {
                ["name"] = name,
                ["description"] = "The values of " + member.Name + ".",
                ["values"] = new JsonArray(values.Select(v => (JsonNode)new JsonObject { ["value"] = v }).ToArray()),
            });
            return name;
        }

        private static void Bounds(DocumentedMember member, JsonObject json)
        {
            var facts = member.Facts;
            var type = (string?)json["type"];
            var numeric = type is "integer" or "long" or "number";
            if (facts.Default is { } value)
            {
                json["default"] = numeric && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number)
                    : type == "boolean" && bool.TryParse(value, out var flag) ? JsonValue.Create(flag)
                    : JsonValue.Create(value);
            }

            if (numeric && facts.Minimum is { } min)
            {
                json["minimum"] = min;
            }

            if (numeric && facts.Maximum is { } max)
            {
                json["maximum"] = max;
            }

            if (type == "string" && facts.MaxLength is { } maxLength)
            {
                json["pattern"] = $"^.{{{facts.MinLength ?? 0},{maxLength}}}$";
            }
        }

        private string Unique(string name)
        {
            var unique = name;
            for (var i = 2; !_names.Add(unique); i++)
            {
                unique = name + i.ToString(CultureInfo.InvariantCulture);
            }

            return unique;
        }
    }
}
