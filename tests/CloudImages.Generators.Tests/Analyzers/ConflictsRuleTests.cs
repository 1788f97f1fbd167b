using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>CIMG0002, from the IMS conflicts rules: the GPU and HANA flags exclude __support_xen and
    /// __support_kvm, and __support_kvm_infiniband excludes __support_xen.</summary>
    public sealed class ConflictsRuleTests
    {
        [Fact]
        public Task Gpu_types_and_hana_with_xen_or_kvm_are_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery XenGpu() => new() { {|CIMG0002:SupportXenGpuType = XenGpuType.M60VGpu|}, SupportXen = true };

                static ListImagesQuery KvmGpu() => new() { SupportKvm = true, {|CIMG0002:SupportKvmGpuType = KvmGpuType.V100|} };

                static ListImagesQuery Hana() => new() { {|CIMG0002:SupportXenHana = true|}, SupportKvm = true };
            }
            """);

        [Fact]
        public Task Each_conflicting_parameter_is_its_own_diagnostic() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Both() => new() { {|CIMG0002:{|CIMG0002:SupportKvmGpuType = "P100"|}|}, SupportXen = true, SupportKvm = true };
            }
            """);

        [Fact]
        public Task Infiniband_conflicts_with_xen_only() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Xen() => new() { {|CIMG0002:SupportKvmInfiniBand = true|}, SupportXen = true };

                static ListImagesQuery Kvm() => new() { SupportKvmInfiniBand = true, SupportKvm = true };
            }
            """);

        [Fact]
        public Task A_flag_set_to_false_sends_nothing_and_so_conflicts_with_nothing() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Off() => new() { SupportXenHana = true, SupportXen = false, SupportKvm = null };

                static ListImagesQuery Maybe(bool xen) => new() { SupportXenHana = true, SupportXen = xen };
            }
            """);

        [Fact]
        public Task A_conflict_made_after_the_construction_is_reported_on_the_statement_that_makes_it() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Later()
                {
                    var query = new ListImagesQuery { SupportXenHana = true };
                    {|CIMG0002:query.SupportXen = true|};
                    return query;
                }
            }
            """);
    }
}
