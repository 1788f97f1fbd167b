namespace CloudImages.Importer.Rst
{
    /// <summary>The RST of a cell as paragraphs: a bullet item is a paragraph of its own ("- item"), a note or other
    /// admonition directive prefixes its paragraphs with "Note: ", and "NOTICE:" lines of admonitions are dropped.</summary>
    internal static class CellText
    {
        public static IReadOnlyList<string> Paragraphs(IEnumerable<string> lines)
        {
            var paragraphs = new List<string>();
            string? current = null;
            var note = false;
            foreach (var raw in lines)
            {
                var line = raw.Trim();
                if (line.Length == 0)
                {
                    Flush();
                    continue;
                }

                if (line.StartsWith(".. ", StringComparison.Ordinal) && line.EndsWith("::", StringComparison.Ordinal))
                {
                    Flush();
                    note = true;
                    continue;
                }

                if (line is "NOTICE:" or "NOTE:" or "Note:" or "CAUTION:")
                {
                    continue;
                }

                var bullet = line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("#. ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal);
                if (bullet)
                {
                    Flush();
                    line = "- " + line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim();
                }

                current = current is null ? (note && !bullet ? "Note: " : "") + line : current + " " + line;
            }

            Flush();
            return paragraphs;

            void Flush()
            {
                if (current is not null)
                {
                    paragraphs.Add(current);
                }

                current = null;
            }
        }

        /// <summary>The plain description: paragraphs without markup, one per line.</summary>
        public static string Plain(IEnumerable<string> paragraphs) => string.Join("\n", paragraphs.Select(InlineText.Plain));
    }
}
