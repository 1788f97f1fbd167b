using System.Text.RegularExpressions;
using CloudImages.Importer.Rst;

namespace CloudImages.Importer.Import
{
    /// <summary>The "Returned Values" section: the normal status and the table of abnormal ones.</summary>
    internal static partial class ReturnedValues
    {
        public static void Read(RstPage page, ImportedPage imported)
        {
            if (page.SectionRange("Returned Values") is not { } range)
            {
                return;
            }

            for (var i = range.From; i < range.To && imported.Status is null; i++)
            {
                if (Code().Match(page.Lines[i]) is { Success: true } code && page.Lines.Skip(range.From).Take(i - range.From).Any(l => l.Contains("Normal", StringComparison.Ordinal)))
                {
                    imported.Status = int.Parse(code.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            foreach (var table in page.Tables.Where(t => t.Section == "Returned Values" && t.Column("Returned Value") >= 0))
            {
                var description = table.Column("Description");
                foreach (var row in table.Rows)
                {
                    if (Status().Match(InlineText.Plain(row[table.Column("Returned Value")].Source)) is { Success: true } status)
                    {
                        var text = description < 0 ? "" : CellText.Plain(CellText.Paragraphs(row[description].Lines));
                        imported.Errors.Add((int.Parse(status.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), status.Groups[2].Value.Trim(), text));
                    }
                }
            }
        }

        [GeneratedRegex(@"^\s*([1-5]\d\d)\s*$")]
        private static partial Regex Code();

        [GeneratedRegex(@"^\s*([1-5]\d\d)\s+(.*)$")]
        private static partial Regex Status();
    }
}
