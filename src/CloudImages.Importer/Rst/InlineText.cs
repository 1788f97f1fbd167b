using System.Text.RegularExpressions;

namespace CloudImages.Importer.Rst
{
    /// <summary>RST inline markup: bold, emphasis, literals, :ref: links and backslash escapes.</summary>
    internal static partial class InlineText
    {
        /// <summary>The text as a reader sees it: markup removed, :ref:`Text &lt;label&gt;` read as Text.</summary>
        public static string Plain(string rst)
        {
            var text = Ref().Replace(rst, m => m.Groups["text"].Success ? m.Groups["text"].Value.Trim() : m.Groups["label"].Value);
            text = Strong().Replace(text, "$1");
            text = Literal().Replace(text, "$1");
            text = Emphasis().Replace(text, "$1");
            return Unescape(text);
        }

        public static string Unescape(string text) => Escape().Replace(text, "$1");

        /// <summary>The bold phrases, unescaped.</summary>
        public static IReadOnlyList<string> Bold(string rst) => Strong().Matches(rst).Select(m => Unescape(m.Groups[1].Value).Trim()).ToList();

        /// <summary>The labels the text links to, with the column of each.</summary>
        public static IReadOnlyList<(string Label, int Index)> Refs(string rst) =>
            Ref().Matches(rst).Select(m => (m.Groups["label"].Value.Trim(), m.Index)).ToList();

        [GeneratedRegex(@":ref:`(?:(?<text>[^`<]*)<(?<label>[^>`]+)>|(?<label>[^`<]+))`")]
        private static partial Regex Ref();

        [GeneratedRegex(@"\*\*(.+?)\*\*")]
        private static partial Regex Strong();

        [GeneratedRegex(@"``(.+?)``")]
        private static partial Regex Literal();

        [GeneratedRegex(@"(?<![\w*])\*(?!\s)([^*]+?)\*(?![\w*])")]
        private static partial Regex Emphasis();

        [GeneratedRegex(@"\\(.)")]
        private static partial Regex Escape();
    }
}
