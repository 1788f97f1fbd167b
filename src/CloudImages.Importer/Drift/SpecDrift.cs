using System.Text.Json.Nodes;
using CloudImages.Importer.Import;
using CloudImages.Importer.Rst;

namespace CloudImages.Importer.Drift
{
    /// <summary>Every difference between a committed spec and what a page revision documents: members added or
    /// removed, type and mandatory changes, values added, removed or renamed. A member's "deviation" says what the
    /// page documented when the spec chose otherwise; the page is compared with that, so a deliberate choice is not
    /// drift, but a later change of the page still is.</summary>
    internal static class SpecDrift
    {
        public static IReadOnlyList<string> Compare(JsonObject committed, JsonObject draft, SourceLocation page)
        {
            var pageOperation = draft["operations"]!.AsArray()[0]!.AsObject();
            var operations = (committed["operations"] as JsonArray)?.OfType<JsonObject>().ToList() ?? new List<JsonObject>();
            var method = (string)pageOperation["method"]!;
            var path = (string)pageOperation["path"]!;
            var operation = operations.FirstOrDefault(o => (string?)o["method"] == method && (string?)o["path"] == path)
                ?? (operations.Count == 1 ? operations[0] : throw new PageException(page, $"the spec has no operation {method} {path}"));
            var differences = new List<string>();
            if ((string?)operation["method"] != method || (string?)operation["path"] != path)
            {
                differences.Add($"operation changed: spec {operation["method"]} {operation["path"]}, page {method} {path}");
            }

            var pageMembers = new SpecMembers(draft).Operation(pageOperation);
            if ((string?)operation["requestBody"]?["kind"] == "jsonPatch")
            {
                pageMembers = ComparePatch(operation, pageMembers, differences);
            }

            Compare(new SpecMembers(committed).Operation(operation), pageMembers, differences);
            return differences;
        }

        /// <summary>A JSON Patch body is the RFC's array of op, path and value, which the page tables as body members
        /// and the spec writes as patch attributes: the operations the page allows are compared with those the
        /// attributes use; the page's other body members are the patch format, not the spec's members.</summary>
        private static IReadOnlyList<SpecMember> ComparePatch(JsonObject operation, IReadOnlyList<SpecMember> page, List<string> differences)
        {
            var patch = operation["requestBody"]?["patch"];
            var operations = (patch?["attributes"] as JsonArray ?? new JsonArray())
                .Select(a => a?["operations"] as JsonArray)
                .Append(patch?["extensions"]?["operations"] as JsonArray)
                .SelectMany(list => list ?? new JsonArray())
                .Select(o => (string)o!)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            foreach (var op in page.Where(m => m.Path.StartsWith("body.", StringComparison.Ordinal)).SelectMany(m => m.Members).Where(m => m.Path.EndsWith(".op", StringComparison.Ordinal)))
            {
                if (op.Values is { Count: > 0 } documented)
                {
                    Values(op.Path, operations, documented, differences);
                }
            }

            return page.Where(m => !m.Path.StartsWith("body.", StringComparison.Ordinal)).ToList();
        }

        private static void Compare(IReadOnlyList<SpecMember> spec, IReadOnlyList<SpecMember> page, List<string> differences)
        {
            foreach (var added in page.Where(p => spec.All(s => s.Path != p.Path)))
            {
                differences.Add($"added: {added.Path} ({added.WireType})");
            }

            foreach (var member in spec)
            {
                var documented = member.Deviation?["documented"] as JsonObject;
                var match = page.FirstOrDefault(p => p.Path == member.Path);
                if (match is null)
                {
                    if (documented?["absent"] is not JsonValue absent || !(bool)absent)
                    {
                        differences.Add($"removed: {member.Path}");
                    }

                    continue;
                }

                var type = documented?["type"] is JsonValue word ? PageType((string)word!) : member.WireType;
                if (!SameType(type, match.WireType))
                {
                    differences.Add($"type changed: {member.Path}: spec {type}, page {match.WireType}");
                }

                var required = documented?["required"] is JsonValue r ? (bool)r : member.Required;
                if (member.Path.StartsWith("body.", StringComparison.Ordinal) && required != match.Required)
                {
                    differences.Add($"mandatory changed: {member.Path}: spec {(required ? "mandatory" : "optional")}, page {(match.Required ? "mandatory" : "optional")}");
                }

                var values = documented?["values"] is JsonArray list ? list.Select(v => (string)v!).ToList() : member.Values;
                if (match.Values is { Count: > 0 } pageValues)
                {
                    if (values is null)
                    {
                        differences.Add($"values documented: {member.Path}: {string.Join(", ", pageValues)} (the spec lists none)");
                    }
                    else
                    {
                        Values(member.Path, values, pageValues, differences);
                    }
                }

                if (member.Members.Count > 0 && match.Members.Count > 0)
                {
                    Compare(member.Members, match.Members, differences);
                }
            }
        }

        private static void Values(string path, IReadOnlyList<string> spec, IReadOnlyList<string> page, List<string> differences)
        {
            var removed = spec.Except(page, StringComparer.Ordinal).ToList();
            var added = page.Except(spec, StringComparer.Ordinal).ToList();
            foreach (var old in removed.ToList())
            {
                var renamed = added.FirstOrDefault(a => Loose(a) == Loose(old));
                if (renamed is not null)
                {
                    differences.Add($"value renamed: {path}: '{old}' -> '{renamed}'");
                    removed.Remove(old);
                    added.Remove(renamed);
                }
            }

            differences.AddRange(removed.Select(v => $"value removed: {path}: '{v}'"));
            differences.AddRange(added.Select(v => $"value added: {path}: '{v}'"));
        }

        /// <summary>A value's letters and digits, lower case: "Red Hat" and "RedHat" are one value renamed.</summary>
        private static string Loose(string value) => new string(value.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

        private static bool SameType(string spec, string page) =>
            spec == page || spec == "flag" && page is "boolean" or "string";

        /// <summary>A type as a deviation writes it, in the page's words ("Integer", "Array of strings").</summary>
        private static string PageType(string words)
        {
            var type = TypeWords.Resolve(words, default, new List<ImportWarning>());
            return type.Items is { } items ? "array of " + (items.Kind == "object" ? "object" : items.Kind) : type.Kind;
        }
    }
}
