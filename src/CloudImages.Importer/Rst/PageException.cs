namespace CloudImages.Importer.Rst
{
    /// <summary>A page that cannot be read: the message names the place.</summary>
    internal sealed class PageException : Exception
    {
        public PageException(SourceLocation location, string message)
            : base($"{location}: error: {message}")
        {
            Location = location;
        }

        public SourceLocation Location { get; }
    }
}
