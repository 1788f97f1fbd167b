using CloudImages.Importer.Rst;

namespace CloudImages.Importer.Import
{
    /// <summary>Reads the rows of a parameter table (Parameter, Mandatory, Type, Description columns) as members.</summary>
    internal static class TableMembers
    {
        public static bool IsParameterTable(RstTable table) => table.Column("Parameter") >= 0 || table.Column("Name") >= 0 && table.Column("Type") >= 0;

        public static DocumentedTable Read(RstTable table, ImportedPage page)
        {
            var name = Math.Max(table.Column("Parameter"), table.Column("Name"));
            var description = table.Column("Description");
            if (description < 0)
            {
                throw new PageException(table.Location, $"the parameter table has no Description column (its columns: {string.Join(", ", table.Header)})");
            }

            var type = table.Column("Type");
            var mandatory = table.Column("Mandatory");
            if (type < 0)
            {
                page.Warnings.Add(new ImportWarning(table.Location, "the table has no Type column: every member assumed String"));
            }

            var members = new List<DocumentedMember>();
            foreach (var row in table.Rows)
            {
                var wireName = InlineText.Plain(row[name].Source).Trim().Trim('*').Trim();
                if (wireName.Length == 0)
                {
                    throw new PageException(row[name].Location, "a row of the parameter table has no parameter name");
                }

                var paragraphs = CellText.Paragraphs(row[description].Lines);
                members.Add(new DocumentedMember
                {
                    Name = wireName,
                    Location = row[name].Location,
                    Mandatory = mandatory < 0 ? null : Mandatory(row[mandatory], wireName, page),
                    Type = type < 0 ? new DocumentedType("string") : TypeWords.Resolve(row[type].Source, row[type].Location, page.Warnings),
                    Paragraphs = paragraphs,
                    Facts = DescriptionFacts.Read(paragraphs),
                });
            }

            return new DocumentedTable(table, members);
        }

        private static bool? Mandatory(TableCell cell, string member, ImportedPage page)
        {
            var text = InlineText.Plain(cell.Source).Trim();
            if (text.Equals("Yes", StringComparison.OrdinalIgnoreCase) || text.Equals("No", StringComparison.OrdinalIgnoreCase))
            {
                return text.Equals("Yes", StringComparison.OrdinalIgnoreCase);
            }

            page.Review.Add(new ReviewItem("mandatory", member, cell.Location, "Mandatory: " + text));
            return null;
        }
    }
}
