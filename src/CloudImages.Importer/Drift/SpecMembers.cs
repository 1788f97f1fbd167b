using System.Text.Json.Nodes;

namespace CloudImages.Importer.Drift
{
    /// <summary>Reads the members of a spec's operation (parameters, body members, response fields, and the
    /// fields of their objects) as comparable <see cref="SpecMember"/>s.</summary>
    internal sealed class SpecMembers
    {
        private readonly JsonObject _spec;

        public SpecMembers(JsonObject spec) => _spec = spec;

        public IReadOnlyList<SpecMember> Operation(JsonObject operation)
        {
            var members = new List<SpecMember>();
            foreach (var parameter in (operation["parameters"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
            {
                var place = (string?)parameter["in"] ?? "query";
                members.Add(Member(parameter, place, new HashSet<string>()));
            }

            if (operation["response"]?["schema"] is JsonValue schema && Schema((string)schema!) is { } response)
            {
                members.AddRange(Fields(response["fields"] as JsonArray, "response", new HashSet<string>()));
            }

            return members;
        }

        private SpecMember Member(JsonObject member, string prefix, HashSet<string> visiting)
        {
            var path = prefix + "." + (string)member["name"]!;
            var type = (string?)member["type"] ?? "string";
            var values = type == "enum" ? EnumValues((string?)member["enum"]) : null;
            var nested = new List<SpecMember>();
            var items = member["items"] as JsonObject;
            var holder = type == "array" && items is not null ? items : member;
            if ((string?)holder["type"] == "object")
            {
                var fields = holder["fields"] as JsonArray;
                var name = (string?)holder["schema"];
                if (fields is null && name is not null && visiting.Add(name))
                {
                    fields = Schema(name)?["fields"] as JsonArray;
                }

                nested.AddRange(Fields(fields, path + (type == "array" ? "[]" : ""), visiting));
                if (name is not null)
                {
                    visiting.Remove(name);
                }
            }

            return new SpecMember(path, WireType(member), member["required"] is JsonValue r && (bool)r, values, nested, member["deviation"] as JsonObject);
        }

        private IEnumerable<SpecMember> Fields(JsonArray? fields, string prefix, HashSet<string> visiting) =>
            (fields ?? new JsonArray()).OfType<JsonObject>().Where(f => (string?)f["in"] != "header").Select(f => Member(f, prefix, visiting)).ToList();

        private JsonObject? Schema(string name) =>
            (_spec["schemas"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(s => (string?)s["name"] == name);

        private IReadOnlyList<string>? EnumValues(string? name) =>
            (_spec["enums"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(e => (string?)e["name"] == name)?["values"]?.AsArray()
                .Select(v => (string)v!["value"]!).ToList();

        /// <summary>The type as it travels, in the page's terms: an enum, a dateTime, a time filter or anything with
        /// wireType string is a string; a flag is a string the page may call Boolean; an array names its items.</summary>
        public static string WireType(JsonObject member)
        {
            if ((string?)member["wireType"] == "string")
            {
                return "string";
            }

            var type = (string?)member["type"] ?? "string";
            return type switch
            {
                "enum" or "dateTime" or "timeFilter" or "keyValue" => "string",
                "flag" => "flag",
                "json" => "object",
                "array" when member["items"] is JsonObject items => "array of " + WireType(items),
                _ => type,
            };
        }
    }
}
