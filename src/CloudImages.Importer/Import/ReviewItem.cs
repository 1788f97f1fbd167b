using CloudImages.Importer.Rst;

namespace CloudImages.Importer.Import
{
    /// <summary>A sentence or fact a person must decide on: a constraint to write as a rule or to list as unchecked,
    /// alternative request bodies, a Mandatory cell that is neither Yes nor No.</summary>
    internal sealed record ReviewItem(string Kind, string Where, SourceLocation Location, string Text);
}
