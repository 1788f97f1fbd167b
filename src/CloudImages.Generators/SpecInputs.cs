using System;
using System.Threading;
using CloudImages.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CloudImages.Generators
{
    /// <summary>Picks spec files out of the AdditionalFiles and reads the MSBuild options that apply to them.</summary>
    internal static class SpecInputs
    {
        /// <summary>Files whose name ends so are specs, unless their CloudApiSpec metadata is false.</summary>
        public const string Suffix = ".cloud-api.json";

        private const string Metadata = "build_metadata.AdditionalFiles.";

        public static SpecInput? Create(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            var fileOptions = options.GetOptions(file);
            var flag = Value(fileOptions, Metadata + "CloudApiSpec");
            var isSpec = flag is null
                ? file.Path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)
                : string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
            if (!isSpec)
            {
                return null;
            }

            return new SpecInput(
                file.Path,
                file.GetText(cancellationToken)?.ToString(),
                Value(fileOptions, Metadata + "CloudApiNamespace") ?? Value(options.GlobalOptions, "build_property.CloudApiNamespace"),
                Value(fileOptions, Metadata + "CloudApiClientName"),
                Value(options.GlobalOptions, "build_property.RootNamespace"));
        }

        private static string? Value(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
