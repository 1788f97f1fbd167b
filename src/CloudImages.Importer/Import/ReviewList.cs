using CloudImages.Importer.Rst;

namespace CloudImages.Importer.Import
{
    /// <summary>Collects what needs a person: every constraint sentence (of members and of the page's prose) and
    /// alternative request bodies.</summary>
    internal static class ReviewList
    {
        public static void Collect(ImportedPage imported)
        {
            var page = imported.Page;
            foreach (var (section, line) in page.Sections.Where(s => s.Title.StartsWith("Function", StringComparison.Ordinal) || s.Title.StartsWith("Constraints", StringComparison.Ordinal)))
            {
                // Every item of a Constraints section is one; in the Function section only the sentences that say so.
                var all = section.StartsWith("Constraints", StringComparison.Ordinal);
                var range = page.SectionRange(section)!.Value;
                for (var i = range.From; i < range.To; i++)
                {
                    var text = InlineText.Plain(page.Lines[i]).Trim();
                    var sentences = all && text.Length > 0 && !text.StartsWith("..", StringComparison.Ordinal) && page.Lines[i].TrimStart().StartsWith('-')
                        ? new[] { text.TrimStart('-', ' ') }
                        : ConstraintSentences.In(text);
                    foreach (var sentence in sentences)
                    {
                        imported.Review.Add(new ReviewItem("constraint", "page (" + section + ")", page.At(i), sentence));
                    }
                }
            }

            var seen = new HashSet<DocumentedTable>();
            foreach (var (place, member) in imported.Parameters)
            {
                Members(place, new[] { member });
            }

            foreach (var table in imported.BodyAlternatives)
            {
                Members("body", table.Members);
            }

            foreach (var table in imported.ResponseTables)
            {
                Members("response", table.Members);
            }

            if (imported.BodyAlternatives.Count > 1)
            {
                var sets = string.Join("; ", imported.BodyAlternatives.Select(t => $"'{t.Table.Lead ?? t.Table.Name}' ({t.Table.Location.Line}): {string.Join(", ", t.Members.Select(m => m.Name))}"));
                imported.Review.Add(new ReviewItem(
                    "alternatives",
                    "body",
                    imported.BodyAlternatives[0].Table.Location,
                    $"{imported.BodyAlternatives.Count} alternative request tables, drafted as one body with every member (mandatory only where every alternative requires it): {sets}"));
            }

            void Members(string prefix, IEnumerable<DocumentedMember> members)
            {
                foreach (var member in members)
                {
                    var where = prefix + "." + member.Name;
                    foreach (var sentence in ConstraintSentences.In(member.Description))
                    {
                        imported.Review.Add(new ReviewItem("constraint", where, member.Location, sentence));
                    }

                    if (member.Nested is { } nested && seen.Add(nested))
                    {
                        Members(where + (member.Type.Kind == "array" ? "[]" : ""), nested.Members);
                    }
                }
            }
        }
    }
}
