using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>Severities follow .editorconfig, as for any analyzer: a team can make a rule an error, or silence it.</summary>
    public sealed class SeverityConfigTests
    {
        private const string EditorConfig = """
            root = true

            [*.cs]
            dotnet_diagnostic.CIMG0001.severity = error
            dotnet_diagnostic.CIMG0006.severity = none
            """;

        [Fact]
        public async Task An_editorconfig_override_changes_the_reported_severity()
        {
            var test = new UsageAnalyzerTest("""
                using CloudImages.Ims;

                static class Queries
                {
                    static ListImagesQuery Accepted() => new() { {|#0:MemberStatus = MemberStatus.Accepted|}, SortDir = SortDirection.Ascending };
                }
                """)
            {
                UseEditorConfigSeverities = true,
            };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", EditorConfig));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CIMG0001", DiagnosticSeverity.Error).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }

        [Fact]
        public async Task Severity_error_turns_the_build_red()
        {
            const string Source = """
                using CloudImages.Ims;

                static class Queries
                {
                    static ListImagesQuery Accepted() => new() { MemberStatus = MemberStatus.Accepted, SortDir = SortDirection.Ascending };
                }
                """;
            var compilation = await GeneratedLibrary.CompileAsync("Configured", Array.Empty<string>(), new[] { await GeneratedLibrary.ImsAndServers }, Source);
            var plain = await CrossProjectTests.AnalyzeAsync(compilation);
            Assert.Equal(new[] { "CIMG0001 Warning", "CIMG0006 Info" }, plain.Select(d => $"{d.Id} {d.Severity}").OrderBy(s => s, StringComparer.Ordinal));

            // What the compiler does with an .editorconfig: per-tree severities from the analyzer config set.
            var config = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(EditorConfig, "/src/.editorconfig")));
            var configured = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new ConfigOptions(config)));
            var diagnostics = await CrossProjectTests.AnalyzeAsync(configured);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("CIMG0001", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.True(diagnostic.Severity == DiagnosticSeverity.Error && !diagnostic.IsSuppressed, "an unsuppressed error fails the build");
        }

        /// <summary>Severities per syntax tree, from the .editorconfig sections that apply to its path.</summary>
        private sealed class ConfigOptions : SyntaxTreeOptionsProvider
        {
            private readonly AnalyzerConfigSet _config;

            public ConfigOptions(AnalyzerConfigSet config) => _config = config;

            public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

            public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
                _config.GetOptionsForSourcePath("/src/" + Path.GetFileName(tree.FilePath)).TreeOptions.TryGetValue(diagnosticId, out severity);

            public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            {
                severity = ReportDiagnostic.Default;
                return false;
            }
        }
    }
}
