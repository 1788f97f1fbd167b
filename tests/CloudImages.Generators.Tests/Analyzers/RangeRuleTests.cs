using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>CIMG0003, from the ranges the IMS spec declares: min_disk 1 to 1024, limit at least 1.</summary>
    public sealed class RangeRuleTests
    {
        [Fact]
        public Task Constants_out_of_range_are_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                const int None = 0;

                static ListImagesQuery TooSmall() => new() { {|CIMG0003:MinDisk = 0|}, {|CIMG0003:Limit = -5|} };

                static ListImagesQuery TooLarge() => new() { {|CIMG0003:MinDisk = 1025|}, {|CIMG0003:Limit = None|} };

                static void Later(ListImagesQuery query) => {|CIMG0003:query.MinDisk = 2048|};
            }
            """);

        [Fact]
        public Task The_message_gives_the_value_and_the_range() => UsageAnalyzerTest.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery TooLarge() => new() { {|#0:MinDisk = 1025|} };
            }
            """,
            new DiagnosticResult("CIMG0003", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                "min_disk = 1025 is out of range (1 to 1024)", "min_disk-range", "min_disk must be between 1 and 1024."));

        [Fact]
        public Task Bounds_and_values_not_known_at_compile_time_are_not_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Bounds() => new() { MinDisk = 1, Limit = 1 };

                static ListImagesQuery Top() => new() { MinDisk = 1024, Limit = int.MaxValue };

                static ListImagesQuery Unknown(int disk, int? limit) => new() { MinDisk = disk, Limit = limit };

                static ListImagesQuery Unset() => new() { MinDisk = null, MinRam = 0 };
            }
            """);
    }
}
