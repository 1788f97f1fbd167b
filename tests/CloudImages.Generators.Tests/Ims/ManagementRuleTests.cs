using CloudImages.Generators.Tests.Analyzers;
using Xunit;

namespace CloudImages.Generators.Tests.Ims
{
    /// <summary>The rules of the IMS image management specs (export, update, quota, replication, sharing), each once
    /// where the analyzers report it and once where they stay quiet.</summary>
    public sealed class ManagementRuleTests
    {
        /// <summary>Constant texts of documented lengths, built from ten characters so that a test shows the count.</summary>
        private const string LongTexts = """

            static class Text
            {
                public const string Ten = "0123456789";
                public const string Hundred = Ten + Ten + Ten + Ten + Ten + Ten + Ten + Ten + Ten + Ten;
                public const string Thousand = Hundred + Hundred + Hundred + Hundred + Hundred + Hundred + Hundred + Hundred + Hundred + Hundred;
            }
            """;

        [Fact]
        public Task Export_without_fast_export_needs_a_file_format() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static ExportImageRequest Missing() => new() { ImageId = "img", BucketUrl = "ims-image:a.qcow2", {|CIMG0001:IsQuickExport = false|} };

                static ExportImageRequest Given() =>
                    new() { ImageId = "img", BucketUrl = "ims-image:a.qcow2", FileFormat = ExportFileFormat.Qcow2, IsQuickExport = false };

                static ExportImageRequest Fast() => new() { ImageId = "img", BucketUrl = "ims-image:a.zvhd2", IsQuickExport = true };

                static ExportImageRequest Completed()
                {
                    var request = new ExportImageRequest { ImageId = "img", BucketUrl = "ims-image:a.vmdk", IsQuickExport = false };
                    request.FileFormat = ExportFileFormat.Vmdk;
                    return request;
                }
            }
            """);

        [Fact]
        public Task Export_bucket_url_names_a_bucket_and_a_file() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static ExportImageRequest NoFile() => new() { ImageId = "img", {|CIMG0005:BucketUrl = "ims-image"|}, FileFormat = ExportFileFormat.Vhd };

                static ExportImageRequest NoBucket() => new() { ImageId = "img", {|CIMG0005:BucketUrl = ":a.vhd"|}, FileFormat = ExportFileFormat.Vhd };

                static ExportImageRequest Both() => new() { ImageId = "img", BucketUrl = "ims-image:images/a.vhd", FileFormat = ExportFileFormat.Vhd };
            }
            """);

        [Fact]
        public Task Copy_name_has_the_documented_characters_and_length() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CopyImageInRegionRequest Leading() => new() { ImageId = "img", {|CIMG0005:Name = " copy"|} };

                static CopyImageInRegionRequest Trailing() => new() { ImageId = "img", {|CIMG0005:Name = "copy "|} };

                static CopyImageInRegionRequest Slash() => new() { ImageId = "img", {|CIMG0005:Name = "a/b"|} };

                static CopyImageInRegionRequest Empty() => new() { ImageId = "img", {|CIMG0005:Name = ""|} };

                static CopyImageInRegionRequest TooLong() =>
                    new() { ImageId = "img", {|CIMG0005:Name = Text.Hundred + "01234567890123456789012345678"|} };

                static CopyImageInRegionRequest Longest() => new() { ImageId = "img", Name = Text.Hundred + "0123456789012345678901234567" };

                static CopyImageInRegionRequest Fine() => new() { ImageId = "img", Name = "ims_encrypted copy-3.1" };

                static CopyImageInRegionRequest OneCharacter() => new() { ImageId = "img", Name = "a" };
            }
            """ + LongTexts);

        [Fact]
        public Task Copy_description_has_no_line_breaks_or_angle_brackets() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static CopyImageInRegionRequest Angle() => new() { ImageId = "img", Name = "copy", {|CIMG0005:Description = "a <b> copy"|} };

                static CopyImageInRegionRequest Return() => new() { ImageId = "img", Name = "copy", {|CIMG0005:Description = "line\rline"|} };

                static CopyImageInRegionRequest TooLong() =>
                    new() { ImageId = "img", Name = "copy", {|CIMG0005:Description = Text.Thousand + "0123456789012345678901234"|} };

                static CopyImageInRegionRequest Longest() =>
                    new() { ImageId = "img", Name = "copy", Description = Text.Thousand + "012345678901234567890123" };

                static CopyImageInRegionRequest Fine() => new() { ImageId = "img", Name = "copy", Description = "test copy, 100% (of it)" };

                static CopyImageInRegionRequest Blank() => new() { ImageId = "img", Name = "copy", Description = "" };
            }
            """ + LongTexts);
    }
}
