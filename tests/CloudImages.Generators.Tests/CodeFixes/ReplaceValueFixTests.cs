using Xunit;
using Verify = CloudImages.Generators.Tests.CodeFixes.UsageCodeFixTest<CloudImages.Generators.CodeFixes.ReplaceValueCodeFixProvider>;

namespace CloudImages.Generators.Tests.CodeFixes
{
    /// <summary>CIMG0004: a typo becomes the documented member it is closest to. CIMG0003: an out-of-range constant
    /// becomes the nearest bound.</summary>
    public sealed class ReplaceValueFixTests
    {
        [Fact]
        public Task An_enum_typo_becomes_the_suggested_member() => Verify.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Typo() => new() { {|CIMG0004:Platform = "Ubunt"|}, {|CIMG0004:DiskFormat = new DiskFormat("qcow")|} };

                static void Later(ListImagesQuery query) => {|CIMG0004:query.OsType = "linux"|};

                static bool Compare(Image image) => image.Status == {|CIMG0004:"actve"|};
            }
            """,
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Typo() => new() { Platform = Platform.Ubuntu, DiskFormat = DiskFormat.Qcow2 };

                static void Later(ListImagesQuery query) => query.OsType = OsType.Linux;

                static bool Compare(Image image) => image.Status == ImageStatus.Active;
            }
            """);

        [Fact]
        public Task A_value_with_no_close_documented_one_has_no_fix() => Verify.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Far() => new() { {|CIMG0004:Platform = "Plan 9"|} };
            }
            """,
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Far() => new() { {|CIMG0004:Platform = "Plan 9"|} };
            }
            """);

        [Fact]
        public Task A_range_violation_is_clamped_to_the_nearest_bound() => Verify.VerifyAsync(
            """
            using CloudImages.Ims;
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static ListImagesQuery Images() => new() { {|CIMG0003:MinDisk = 0|}, {|CIMG0003:Limit = -5|} };

                static ListImagesQuery Large() => new() { {|CIMG0003:MinDisk = 4096|} };

                static SearchServersQuery Servers() => new() { ProjectId = "p", {|CIMG0003:Limit = 500|} };
            }
            """,
            """
            using CloudImages.Ims;
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static ListImagesQuery Images() => new() { MinDisk = 1, Limit = 1 };

                static ListImagesQuery Large() => new() { MinDisk = 1024 };

                static SearchServersQuery Servers() => new() { ProjectId = "p", Limit = 100 };
            }
            """);
    }
}
