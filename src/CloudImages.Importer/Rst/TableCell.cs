namespace CloudImages.Importer.Rst
{
    /// <summary>The RST source of one table cell (its lines, indentation removed) and where it starts.</summary>
    internal sealed record TableCell(IReadOnlyList<string> Lines, SourceLocation Location)
    {
        public string Source => string.Join("\n", Lines).Trim();
    }
}
