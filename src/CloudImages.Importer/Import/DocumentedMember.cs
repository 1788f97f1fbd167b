using CloudImages.Importer.Rst;

namespace CloudImages.Importer.Import
{
    /// <summary>One row of a parameter table, read: what the page says of a member.</summary>
    internal sealed record DocumentedMember
    {
        public required string Name { get; init; }

        public required SourceLocation Location { get; init; }

        public bool? Mandatory { get; init; }

        public required DocumentedType Type { get; init; }

        public required IReadOnlyList<string> Paragraphs { get; init; }

        public string Description => CellText.Plain(Paragraphs);

        public required DescriptionFacts Facts { get; init; }

        /// <summary>The nested table this member's objects are described by, once followed.</summary>
        public DocumentedTable? Nested { get; set; }
    }
}
