using System.Globalization;
using CloudImages.Generators.Analyzers;
using CloudImages.Runtime;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>One source of rules: what the analyzers read from the generated attributes is exactly what the
    /// generated Validate() runs, rule by rule and field by field.</summary>
    public sealed class RuleDataTests
    {
        [Fact]
        public async Task The_analyzers_read_the_rules_that_Validate_runs()
        {
            var compilation = await GeneratedLibrary.CompileAsync(
                "RuleData", new[] { UsageTestSetup.ImsSpec, UsageTestSetup.ServersSpec }, Array.Empty<MetadataReference>());
            var symbols = ApiSymbols.For(compilation);
            Assert.NotNull(symbols);

            var queries = new IApiQuery[]
            {
                new CloudImages.Ims.ListImagesQuery(),
                new CloudImages.Tests.Servers.SearchServersQuery { ProjectId = "p" },
                new CloudImages.Tests.Servers.GetServerQuery { ProjectId = "p", ServerId = "s" },
            };
            foreach (var query in queries)
            {
                var model = symbols.Query(compilation.GetTypeByMetadataName(query.GetType().FullName!));
                Assert.NotNull(model);
                Assert.Equal(
                    query.Rules.Select(r => Describe(r.Id, r.Kind.ToString(), r.Severity.ToString(), r.Parameter, r.Message, r.With, r.When, r.Value, r.Minimum, r.Maximum, r.Format, r.Pattern)).Order(StringComparer.Ordinal),
                    model.Rules.Select(r => Describe(r.Id, r.Kind.ToString(), r.Severity.ToString(), r.Parameter, r.Message, r.With, r.When, r.Value, r.Minimum, r.Maximum, r.Format, r.Pattern)).Order(StringComparer.Ordinal));
            }

            Assert.Equal(12, queries[0].Rules.Count);
        }

        private static string Describe(
            string id, string kind, string severity, string parameter, string message, IReadOnlyList<string> with,
            string? when, string? value, double? minimum, double? maximum, string? format, string? pattern) =>
            string.Join(
                " | ",
                id, kind, severity, parameter, message, string.Join(",", with), when, value,
                minimum?.ToString("R", CultureInfo.InvariantCulture), maximum?.ToString("R", CultureInfo.InvariantCulture), format, pattern);
    }
}
