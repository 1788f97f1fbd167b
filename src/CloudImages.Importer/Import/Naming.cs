namespace CloudImages.Importer.Import
{
    /// <summary>C#-style names for what the page names in words or wire names.</summary>
    internal static class Naming
    {
        /// <summary>Title verbs in the form an operation name takes ("Querying Images" -> QueryImages).</summary>
        private static readonly Dictionary<string, string> Verbs = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Querying"] = "Query", ["Creating"] = "Create", ["Adding"] = "Add", ["Deleting"] = "Delete", ["Updating"] = "Update",
            ["Exporting"] = "Export", ["Importing"] = "Import", ["Registering"] = "Register", ["Replicating"] = "Replicate",
            ["Uploading"] = "Upload", ["Modifying"] = "Modify", ["Sharing"] = "Share", ["Listing"] = "List", ["Changing"] = "Change",
            ["Obtaining"] = "Get", ["Removing"] = "Remove", ["Copying"] = "Copy", ["Replacing"] = "Replace",
        };

        /// <summary>C# names the generated types use for themselves (the generator's GeneratedNames); a member whose
        /// derived name is one of them gets a csharpName.</summary>
        public static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
        {
            "AdditionalProperties", "Validate", "ToQueryString", "BuildRequestUri", "AppendPath", "AppendQuery", "OperationName",
            "Rules", "GetWireValue", "EqualityContract", "PrintMembers", "Deconstruct", "Patch", "Content", "GetNestedObjects",
        };

        private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

        public static string Operation(string title)
        {
            var words = Words(title).Where(w => !Articles.Contains(w)).Select((w, i) => i == 0 && Verbs.TryGetValue(w, out var verb) ? verb : w);
            return Identifier(string.Concat(words.Select(Capitalize)));
        }

        /// <summary>__os_bit -> OsBit; data_images -> DataImages.</summary>
        public static string Pascal(string wireName) => Identifier(string.Concat(Words(wireName).Select(Capitalize)));

        /// <summary>The name of one item of an array member (data_images -> DataImage).</summary>
        public static string Singular(string name) =>
            name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y"
            : name.EndsWith("ses", StringComparison.Ordinal) || name.EndsWith("ss", StringComparison.Ordinal) ? name
            : name.EndsWith('s') ? name[..^1] : name;

        private static IEnumerable<string> Words(string text) =>
            text.Split(text.Select(c => c).Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries);

        private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

        private static string Identifier(string name) => name.Length == 0 ? "Unnamed" : char.IsDigit(name[0]) ? "_" + name : name;
    }
}
