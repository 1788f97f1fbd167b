using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>CIMG0005 for the segment rule every path parameter implies: a constant that would take the request
    /// out of its path is reported where it is written, by the same rule the client refuses it with.</summary>
    public sealed class PathSegmentRuleTests
    {
        [Fact]
        public Task Null_empty_and_dot_segments_are_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static GetServerQuery Empty() => new() { ProjectId = "p", {|CIMG0005:ServerId = ""|} };

                static GetServerQuery Dot() => new() { {|CIMG0005:ProjectId = "."|}, ServerId = "s" };

                static GetServerQuery Parent() => new() { ProjectId = "p", {|CIMG0005:ServerId = ".."|} };

                static GetServerQuery Encoded() => new() { ProjectId = "p", {|CIMG0005:ServerId = "%2E%2e"|} };

                static GetServerQuery Null() => new() { ProjectId = "p", {|CIMG0005:ServerId = null!|} };

                static GetServerQuery Later(GetServerQuery query)
                {
                    {|CIMG0005:query.ServerId = ".."|};
                    return query with { {|CIMG0005:ProjectId = ""|} };
                }
            }
            """);

        [Fact]
        public Task The_message_names_the_parameter_and_the_rule() => UsageAnalyzerTest.VerifyAsync(
            """
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static GetServerQuery Parent() => new() { ProjectId = "p", {|#0:ServerId = ".."|} };
            }
            """,
            new DiagnosticResult("CIMG0005", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                "server_id = \"..\" does not have the documented format",
                "server_id-segment",
                "server_id is sent inside the request path: it cannot be null, empty, '.' or '..' (also percent-encoded)."));

        [Fact]
        public Task Values_that_stay_in_their_segment_and_unknown_values_are_not_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static GetServerQuery Kept() => new() { ProjectId = "a/b", ServerId = "..." };

                static GetServerQuery Reserved() => new() { ProjectId = "a?b#c", ServerId = "100% ü" };

                static GetServerQuery Unknown(string id) => new() { ProjectId = "p", ServerId = id };
            }
            """);
    }
}
