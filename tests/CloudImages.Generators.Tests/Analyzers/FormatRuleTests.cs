using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>CIMG0005, from the formats the IMS spec declares: the time filters and tag.</summary>
    public sealed class FormatRuleTests
    {
        [Fact]
        public Task Time_filters_and_tags_in_another_format_are_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery NoTime() => new() { {|CIMG0005:CreatedAt = "lt:2018-10-28"|} };

                static ListImagesQuery NoOperator() => new() { {|CIMG0005:UpdatedAt = "2018-10-28T10:00:00Z"|} };

                static ListImagesQuery UnknownOperator() => new() { {|CIMG0005:CreatedAt = "before:2018-10-28T10:00:00Z"|} };

                static ListImagesQuery OldTag() => new() { {|CIMG0005:Tag = "a.b"|} };

                static ListImagesQuery NoKey() => new() { {|CIMG0005:Tag = "=b"|} };
            }
            """);

        [Fact]
        public Task The_message_quotes_the_value() => UsageAnalyzerTest.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery OldTag() => new() { {|#0:Tag = "a.b"|} };
            }
            """,
            new DiagnosticResult("CIMG0005", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                "tag = \"a.b\" does not have the documented format", "tag-format", "tag must be key=value, such as tag=a=b."));

        [Fact]
        public Task Both_documented_layouts_and_built_filters_are_accepted() => UsageAnalyzerTest.VerifyAsync("""
            using System;
            using CloudImages.Ims;
            using CloudImages.Runtime;

            static class Queries
            {
                static ListImagesQuery Layouts() => new() { CreatedAt = "gte:2018-10-28T10:00:00Z", UpdatedAt = "neq:2018-10-28 10:00:00", Tag = "a=b=c" };

                static ListImagesQuery Built(DateTimeOffset time, string text) =>
                    new() { CreatedAt = TimeFilter.GreaterThan(time), UpdatedAt = text, Tag = new KeyValueFilter("a", text) };
            }
            """);
    }
}
