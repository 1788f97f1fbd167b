namespace CloudImages.Importer.Import
{
    /// <summary>A documented type in spec terms: string, integer, long, boolean, number, object, array, file; with the
    /// items of an array and the label of a table a type cell links to.</summary>
    internal sealed record DocumentedType(string Kind, DocumentedType? Items = null, string? TableLabel = null);
}
