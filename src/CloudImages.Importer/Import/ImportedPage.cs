using CloudImages.Importer.Rst;

namespace CloudImages.Importer.Import
{
    /// <summary>Everything read from one page, before it is written as a spec.</summary>
    internal sealed class ImportedPage
    {
        public required RstPage Page { get; init; }

        public required string OperationName { get; init; }

        public required string Method { get; init; }

        public required string Path { get; init; }

        public string? Description { get; init; }

        /// <summary>Path and query parameters, each with where it goes.</summary>
        public List<(string In, DocumentedMember Member)> Parameters { get; } = new();

        /// <summary>The request tables that are not nested in another: several are alternative bodies.</summary>
        public List<DocumentedTable> BodyAlternatives { get; } = new();

        public List<DocumentedTable> ResponseTables { get; } = new();

        public int? Status { get; set; }

        public List<(int Status, string Name, string Description)> Errors { get; } = new();

        public List<(string Kind, int Line, string Json)> Examples { get; } = new();

        public List<ReviewItem> Review { get; } = new();

        public List<ImportWarning> Warnings { get; } = new();
    }
}
