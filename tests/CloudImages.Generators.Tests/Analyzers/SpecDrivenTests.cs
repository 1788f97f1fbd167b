using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>The analyzers hard-code nothing: another spec's rules become diagnostics with no analyzer change,
    /// and a rule added to a spec adds a diagnostic.</summary>
    public sealed class SpecDrivenTests
    {
        [Fact]
        public Task The_servers_spec_rules_are_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static SearchServersQuery Both() => new() { ProjectId = "p", {|CIMG0002:ReservationId = "r-1"|}, Name = "web" };

                static SearchServersQuery Locked() => new() { ProjectId = "p", {|CIMG0001:Locked = true|}, Status = ServerStatus.SHUTOFF };

                static SearchServersQuery Range() => new() { ProjectId = "p", {|CIMG0003:Limit = 101|} };

                static SearchServersQuery Pattern() => new() { ProjectId = "p", {|CIMG0005:Name = "Web_01"|} };

                static SearchServersQuery Typo() => new() { ProjectId = "p", {|CIMG0004:Status = "ACTIV"|} };

                static SearchServersQuery Fine() => new() { ProjectId = "p", Locked = true, Status = "ACTIVE", Name = "web-01", Limit = 100 };
            }
            """);

        [Fact]
        public Task The_servers_spec_rules_are_reported_with_the_spec_in_the_project() => UsageAnalyzerTest.VerifyAsync(
            """
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static SearchServersQuery Locked() => new() { ProjectId = "p", {|#0:Locked = true|} };
            }
            """,
            new[] { UsageTestSetup.ServersSpec },
            new DiagnosticResult("CIMG0001", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                "locked needs status=ACTIVE", "locked-needs-active", "locked servers are listed only with status=ACTIVE."));

        [Fact]
        public async Task A_rule_added_to_a_spec_adds_a_diagnostic()
        {
            const string Source = """
                using CloudImages.Ims;

                static class Queries
                {
                    static ListImagesQuery Owned() => new() { Owner = "tenant", Visibility = Visibility.Public };
                }
                """;
            var rule = """
                {
                  "id": "owner-is-private",
                  "kind": "recommends",
                  "severity": "warning",
                  "parameter": "owner",
                  "with": "visibility",
                  "value": "private",
                  "message": "owner lists your own images: set visibility=private."
                },
                """;
            // The operation's rules array (a constraint's "rules" names rules on the same line).
            var extended = UsageTestSetup.ImsSpec.Replace("\"rules\": [\n", "\"rules\": [\n" + rule, StringComparison.Ordinal);
            Assert.NotEqual(UsageTestSetup.ImsSpec, extended);

            await UsageAnalyzerTest.VerifyAsync(Source, new[] { UsageTestSetup.ImsSpec });
            await UsageAnalyzerTest.VerifyAsync(
                Source.Replace("Owner = \"tenant\", Visibility = Visibility.Public", "{|#0:Owner = \"tenant\"|}, {|#1:Visibility = Visibility.Public|}", StringComparison.Ordinal),
                new[] { extended },

                // The additional location is the wrong value, which the code fix replaces.
                new DiagnosticResult("CIMG0006", DiagnosticSeverity.Info).WithLocation(0).WithLocation(1).WithArguments(
                    "owner should go with visibility=private", "owner-is-private", "owner lists your own images: set visibility=private."));
        }
    }
}
