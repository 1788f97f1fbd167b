using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CloudImages.Generators.Benchmarks
{
    /// <summary>A spec as the compiler hands it to the generator: an AdditionalFiles item.</summary>
    internal sealed class SpecFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        /// <summary>The Querying Images spec, embedded at build time.</summary>
        public static string ImsSpecText()
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("querying-images.cloud-api.json")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
