namespace CloudImages.Importer.Rst
{
    /// <summary>A place in a page, 1-based, printed as FILE:LINE:COLUMN.</summary>
    internal readonly record struct SourceLocation(string File, int Line, int Column)
    {
        public override string ToString() => $"{File}:{Line}:{Column}";
    }
}
