using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>CIMG0006, at Info: the IMS recommends rule (protected=true for gold images) and the info-severity
    /// requires rule (sort_dir with sort_key).</summary>
    public sealed class AdviceRuleTests
    {
        [Fact]
        public Task Gold_images_without_protected_true_get_advice() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Missing() => new() { {|CIMG0006:ImageType = ImageType.Gold|}, Visibility = Visibility.Public };

                static ListImagesQuery False() => new() { {|CIMG0006:ImageType = "gold"|}, Protected = false };
            }
            """);

        [Fact]
        public Task Other_image_types_and_protected_true_get_none() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Gold() => new() { ImageType = ImageType.Gold, Protected = true };

                static ListImagesQuery Private() => new() { ImageType = ImageType.Private };

                static ListImagesQuery Unknown(ImageType type) => new() { ImageType = type };
            }
            """);

        [Fact]
        public Task Sort_dir_without_sort_key_gets_advice() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Missing() => new() { {|CIMG0006:SortDir = SortDirection.Ascending|} };

                static ListImagesQuery WithKey() => new() { SortDir = SortDirection.Ascending, SortKey = ImageSortKey.Size };
            }
            """);
    }
}
