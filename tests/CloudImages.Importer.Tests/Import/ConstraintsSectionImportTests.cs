using CloudImages.Importer.Tests.Infrastructure;
using Xunit;

namespace CloudImages.Importer.Tests.Import
{
    /// <summary>Every item of a page's Constraints section is listed for review, whatever its wording.</summary>
    public sealed class ConstraintsSectionImportTests
    {
        [Fact]
        public void Each_item_of_the_Constraints_section_of_Exporting_an_Image_is_listed()
        {
            using var draft = new Draft(Paths.Page("ims_apis/image/exporting_an_image.rst"));
            var items = draft.ReviewItems("constraint").Where(i => (string?)i["where"] == "page (Constraints)").Select(i => (string)i["text"]!).ToList();
            Assert.Equal(
                new[]
                {
                    "An image can only be exported to a Standard bucket that is in the same region as the image.",
                    "The following private images cannot be exported:",
                    "Full-ECS images",
                    "ISO images",
                    "Private images created from a Windows, SUSE, Red Hat, Ubuntu, or Oracle Linux public image",
                    "The image size must be less than 1 TB. Images larger than 128 GB support only fast export.",
                },
                items);
        }
    }
}
