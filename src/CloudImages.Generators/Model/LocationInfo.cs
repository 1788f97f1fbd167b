using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CloudImages.Generators.Model
{
    /// <summary>A place in a spec file, kept as plain values so the pipeline can cache it.</summary>
    internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
    }
}
