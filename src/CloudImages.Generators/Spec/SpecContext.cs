using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CloudImages.Generators.Spec
{
    /// <summary>The spec being read: its path, its text for line numbers, and the diagnostics found so far.</summary>
    internal sealed class SpecContext
    {
        private readonly SourceText _text;
        private readonly List<DiagnosticInfo> _diagnostics = new();

        public SpecContext(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public string Path { get; }

        public bool HasErrors => _diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);

        public EquatableArray<DiagnosticInfo> Diagnostics => _diagnostics.ToEquatableArray();

        public LocationInfo Locate(int start, int end)
        {
            var span = TextSpan.FromBounds(start, System.Math.Max(start, System.Math.Min(end, _text.Length)));
            return new LocationInfo(Path, span, _text.Lines.GetLinePositionSpan(span));
        }

        public LocationInfo Locate(JsonNode node) => node.Kind is JsonKind.Object or JsonKind.Array
            ? Locate(node.Start, node.Start + 1) // a brace, not the whole block
            : Locate(node.Start, node.End);

        public LocationInfo LocateName(JsonMember member) => Locate(member.NameStart, member.NameEnd);

        public void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }
}
