using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>CIMG0004: constant text for an open enum that the page does not document.</summary>
    public sealed class EnumValueTests
    {
        [Fact]
        public Task A_typo_gets_a_did_you_mean() => UsageAnalyzerTest.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Typo() => new() { {|#0:Platform = "Ubunt"|} };
            }
            """,
            new DiagnosticResult("CIMG0004", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                "Ubunt", "__platform", "Did you mean 'Ubuntu' (Platform.Ubuntu)?"));

        [Fact]
        public Task A_value_far_from_every_documented_one_lists_them() => UsageAnalyzerTest.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Unknown() => new() { {|#0:SortDir = "sideways"|} };
            }
            """,
            new DiagnosticResult("CIMG0004", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                "sideways", "sort_dir", "The documented values are desc, asc."),
            new DiagnosticResult("CIMG0006", DiagnosticSeverity.Info).WithLocation(0).WithArguments(
                "sort_dir needs sort_key",
                "sort-dir-with-sort-key",
                "sort_dir is used together with sort_key: without sort_key the results are sorted by created_at."));

        [Fact]
        public Task Every_way_of_writing_the_text_is_checked() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Created() => new() { {|CIMG0004:DiskFormat = new DiskFormat("qcow")|} };

                static void Later(ListImagesQuery query) => {|CIMG0004:query.OsType = "linux"|};

                static bool Compare(Image image) => image.Status == {|CIMG0004:"actve"|};

                static Platform Local()
                {
                    Platform platform = {|CIMG0004:"Debain"|};
                    return platform;
                }
            }
            """);

        [Fact]
        public Task Documented_and_non_constant_values_are_not_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Documented() => new() { Platform = "Oracle Linux", OsBit = "64", DiskFormat = DiskFormat.Qcow2 };

                static ListImagesQuery FromText(string platform) => new() { Platform = platform, OsType = new OsType(platform) };
            }
            """);
    }
}
