using CloudImages.Importer.Rst;

namespace CloudImages.Importer.Import
{
    /// <summary>A parameter table, read: its members and the table it came from.</summary>
    internal sealed record DocumentedTable(RstTable Table, IReadOnlyList<DocumentedMember> Members);
}
