using System.Text.RegularExpressions;
using CloudImages.Importer.Rst;

namespace CloudImages.Importer.Import
{
    /// <summary>The Type column's words ("String", "Array of objects", "Array of :ref:`ImageTag &lt;label&gt;` objects").</summary>
    internal static partial class TypeWords
    {
        private static readonly Dictionary<string, string> Scalars = new(StringComparer.OrdinalIgnoreCase)
        {
            ["string"] = "string", ["strings"] = "string", ["integer"] = "integer", ["integers"] = "integer", ["int"] = "integer",
            ["int32"] = "integer", ["long"] = "long", ["int64"] = "long", ["boolean"] = "boolean", ["bool"] = "boolean",
            ["float"] = "number", ["double"] = "number", ["number"] = "number", ["object"] = "object", ["objects"] = "object",
            ["file"] = "file",
        };

        public static DocumentedType Resolve(string cell, SourceLocation location, ICollection<ImportWarning> warnings)
        {
            var label = InlineText.Refs(cell).Select(r => r.Label).FirstOrDefault();
            var words = InlineText.Plain(cell).Trim();
            if (ArrayOf().Match(words) is { Success: true } array)
            {
                return new DocumentedType("array", Item(array.Groups[1].Value.Trim(), label, location, warnings, words));
            }

            return Item(words, label, location, warnings, words);
        }

        private static DocumentedType Item(string words, string? label, SourceLocation location, ICollection<ImportWarning> warnings, string cell)
        {
            if (words.Length == 0)
            {
                warnings.Add(new ImportWarning(location, "no type given: assumed String"));
                return new DocumentedType("string");
            }

            if (Scalars.TryGetValue(words, out var kind))
            {
                return new DocumentedType(kind, TableLabel: kind == "object" ? label : null);
            }

            // "ResourceDetail object", "result objects", "Properties object": an object, named or linked.
            if (NamedObject().IsMatch(words))
            {
                return new DocumentedType("object", TableLabel: label);
            }

            warnings.Add(new ImportWarning(location, $"unknown type word '{cell}': assumed String"));
            return new DocumentedType("string");
        }

        [GeneratedRegex(@"^(?:Array|List) of (.+)$", RegexOptions.IgnoreCase)]
        private static partial Regex ArrayOf();

        [GeneratedRegex(@"^[\w ]+ objects?$", RegexOptions.IgnoreCase)]
        private static partial Regex NamedObject();
    }
}
