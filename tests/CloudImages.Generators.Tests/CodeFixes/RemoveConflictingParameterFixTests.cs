using Xunit;
using Verify = CloudImages.Generators.Tests.CodeFixes.UsageCodeFixTest<CloudImages.Generators.CodeFixes.RemoveConflictingParameterCodeFixProvider>;

namespace CloudImages.Generators.Tests.CodeFixes
{
    /// <summary>CIMG0002: two fixes, one removing either side of the conflict.</summary>
    public sealed class RemoveConflictingParameterFixTests
    {
        private const string Source = """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Gpu() => new() { {|CIMG0002:SupportXenGpuType = XenGpuType.M60VGpu|}, SupportXen = true, Limit = 10 };

                static ListImagesQuery Lines() => new ListImagesQuery
                {
                    SupportKvm = true,
                    {|CIMG0002:SupportXenHana = true|},
                };

                static ListImagesQuery Later()
                {
                    var query = new ListImagesQuery { SupportKvmInfiniBand = true };
                    {|CIMG0002:query.SupportXen = true|};
                    return query;
                }
            }
            """;

        [Fact]
        public Task Removes_the_rules_parameter() => Verify.VerifyAsync(
            Source,
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Gpu() => new() { SupportXen = true, Limit = 10 };

                static ListImagesQuery Lines() => new ListImagesQuery
                {
                    SupportKvm = true,
                };

                static ListImagesQuery Later()
                {
                    var query = new ListImagesQuery { };
                    query.SupportXen = true;
                    return query;
                }
            }
            """,
            "RemoveConflictingParameterCodeFixProvider.RemoveParameter");

        [Fact]
        public Task Removes_the_other_parameter() => Verify.VerifyAsync(
            Source,
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Gpu() => new() { SupportXenGpuType = XenGpuType.M60VGpu, Limit = 10 };

                static ListImagesQuery Lines() => new ListImagesQuery
                {
                    SupportXenHana = true,
                };

                static ListImagesQuery Later()
                {
                    var query = new ListImagesQuery { SupportKvmInfiniBand = true };
                    return query;
                }
            }
            """,
            "RemoveConflictingParameterCodeFixProvider.RemoveOther");

        [Fact]
        public Task Fix_all_removes_every_conflicting_parameter_once() => Verify.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Both() => new() { {|CIMG0002:{|CIMG0002:SupportXenHana = true|}|}, SupportXen = true, SupportKvm = true };
            }
            """,
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Both() => new() { SupportXenHana = true };
            }
            """,
            "RemoveConflictingParameterCodeFixProvider.RemoveOther");
    }
}
