namespace CloudImages.Importer.Rst
{
    /// <summary>A grid or simple table of a page: the header cells, the rows, and what names it (the label that
    /// precedes it, the caption of its `.. table::` directive, the lead text above it, the section it is in).</summary>
    internal sealed class RstTable
    {
        public required SourceLocation Location { get; init; }

        public required IReadOnlyList<string> Header { get; init; }

        public required IReadOnlyList<IReadOnlyList<TableCell>> Rows { get; init; }

        public string? Label { get; set; }

        public string? Caption { get; set; }

        public string? Lead { get; set; }

        public string Section { get; set; } = "";

        /// <summary>The index of the column whose header is <paramref name="name"/>, or -1.</summary>
        public int Column(string name) =>
            Header.Select((h, i) => (h, i)).Where(c => string.Equals(c.h, name, StringComparison.OrdinalIgnoreCase)).Select(c => c.i).DefaultIfEmpty(-1).First();

        public string Name => Caption ?? Label ?? "table at " + Location;
    }
}
