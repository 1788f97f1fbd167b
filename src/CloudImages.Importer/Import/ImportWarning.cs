using CloudImages.Importer.Rst;

namespace CloudImages.Importer.Import
{
    /// <summary>Something the importer assumed, with the place that made it assume.</summary>
    internal sealed record ImportWarning(SourceLocation Location, string Message)
    {
        public override string ToString() => $"{Location}: warning: {Message}";
    }
}
