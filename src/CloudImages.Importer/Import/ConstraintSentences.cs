using System.Text.RegularExpressions;

namespace CloudImages.Importer.Import
{
    /// <summary>Finds the sentences that state a constraint between members or on when a member applies. They are
    /// listed for review and never turned into rules: the wording is too varied to read a rule from it safely.</summary>
    internal static partial class ConstraintSentences
    {
        /// <summary>The phrases that mark a constraint sentence, as the reference words them.</summary>
        public static readonly IReadOnlyList<string> Phrases =
        [
            "cannot co-exist", "use either", "either", "mandatory when", "mandatory if", "mandatory for", "is mandatory",
            "you cannot specify", "cannot be specified", "cannot be used", "only when", "only if", "must be used together",
            "used together with", "is required if", "is required when", "required only", "must be the same as",
            "mutually exclusive", "at least one", "depends on that of", "depends on the value", "must be set", "must be specified", "must be greater than",
            "must be less than", "is not required if", "is invalid if", "takes effect only", "is valid only", "valid only for",
            "do not set", "is ignored",
        ];

        /// <summary>The sentences of <paramref name="text"/> (plain text) that contain a constraint phrase.</summary>
        public static IEnumerable<string> In(string text) =>
            Sentence().Split(text.Replace("\n", " ", StringComparison.Ordinal))
                .Select(s => s.Trim())
                .Where(s => Phrases.Any(p => s.Contains(p, StringComparison.OrdinalIgnoreCase)));

        [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z*""(])|(?<=\S)\s+-\s+")]
        private static partial Regex Sentence();
    }
}
