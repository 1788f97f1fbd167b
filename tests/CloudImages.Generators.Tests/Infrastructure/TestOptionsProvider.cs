using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CloudImages.Generators.Tests.Infrastructure
{
    /// <summary>MSBuild-style options: global properties, and item metadata per additional file.</summary>
    internal sealed class TestOptionsProvider(
        IReadOnlyDictionary<string, string>? global = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global ?? new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(perFile is not null && perFile.TryGetValue(textFile.Path, out var values) ? values : new Dictionary<string, string>());

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
