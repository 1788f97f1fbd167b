using System.Reflection;
using CloudImages.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>Every diagnostic has a stable ID, a help link into the README's diagnostics table, and a line in the
    /// release tracking files.</summary>
    public sealed class DescriptorTests
    {
        private static readonly DiagnosticDescriptor[] All = typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null))
            .OfType<DiagnosticDescriptor>()
            .ToArray();

        [Fact]
        public void The_usage_analyzers_report_CIMG0001_to_CIMG0007()
        {
            var supported = UsageTestSetup.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal);

            Assert.Equal(new[] { "CIMG0001", "CIMG0002", "CIMG0003", "CIMG0004", "CIMG0005", "CIMG0006", "CIMG0007" }, supported);
            Assert.All(UsageTestSetup.Analyzers.SelectMany(a => a.SupportedDiagnostics), d => Assert.Equal("CloudApi.Usage", d.Category));
        }

        [Fact]
        public void Every_descriptor_links_to_its_row_of_the_README_diagnostics_table()
        {
            var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
            var table = readme[readme.IndexOf("\n## Diagnostics\n", StringComparison.Ordinal)..];

            Assert.All(All, d =>
            {
                Assert.Matches("^CIMG[0-9]{4}$", d.Id);
                Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString()));
                Assert.Equal(DiagnosticDescriptors.HelpLinkBase + d.Id.ToLowerInvariant(), d.HelpLinkUri);
                Assert.Contains($"<a id=\"{d.Id.ToLowerInvariant()}\"></a>", table, StringComparison.Ordinal);
            });
        }

        [Fact]
        public void Every_descriptor_is_tracked_as_a_release_with_its_category_and_severity()
        {
            var root = RepositoryRoot();
            var tracked = File.ReadAllLines(Path.Combine(root, "src", "CloudImages.Generators", "AnalyzerReleases.Shipped.md"))
                .Concat(File.ReadAllLines(Path.Combine(root, "src", "CloudImages.Generators", "AnalyzerReleases.Unshipped.md")))
                .Where(line => line.StartsWith("CIMG", StringComparison.Ordinal))
                .Select(line => string.Join(" | ", line.Split('|').Take(3).Select(part => part.Trim())));

            Assert.Equal(
                All.Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity}").Order(StringComparer.Ordinal),
                tracked.Order(StringComparer.Ordinal));
        }

        private static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CloudImages.Generators.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("The repository root is not above " + AppContext.BaseDirectory);
        }
    }
}
