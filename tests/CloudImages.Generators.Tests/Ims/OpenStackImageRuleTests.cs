using CloudImages.Generators.Tests.Analyzers;
using Xunit;

namespace CloudImages.Generators.Tests.Ims
{
    /// <summary>The rules of the native OpenStack image operations: the query of Querying Images (Native OpenStack
    /// API), whose documented combinations are those of the IMS-native list, and the body of Creating Image Metadata
    /// (Native OpenStack API). Each rule fires on a request that breaks it and stays quiet on one that keeps it.</summary>
    public sealed class OpenStackImageRuleTests
    {
        [Fact]
        public Task Sort_dir_without_sort_key_gets_advice() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static OpenStackListImagesQuery Missing() => new() { {|CIMG0006:SortDir = SortDirection.Ascending|} };
            }
            """);

        [Fact]
        public Task Sort_dir_with_sort_key_gets_none() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static OpenStackListImagesQuery WithKey() => new() { SortDir = SortDirection.Ascending, SortKey = ImageSortKey.Name };
            }
            """);

        [Fact]
        public Task Gpu_types_and_hana_with_xen_or_kvm_are_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static OpenStackListImagesQuery XenGpu() => new() { {|CIMG0002:SupportXenGpuType = XenGpuType.M60VGpu|}, SupportKvm = true };

                static OpenStackListImagesQuery KvmGpu() => new() { {|CIMG0002:SupportKvmGpuType = KvmGpuType.P100|}, SupportXen = true };

                static OpenStackListImagesQuery Hana() => new() { {|CIMG0002:SupportXenHana = true|}, SupportXen = true };
            }
            """);

        [Fact]
        public Task Gpu_types_and_hana_alone_are_quiet() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static OpenStackListImagesQuery XenGpu() => new() { SupportXenGpuType = XenGpuType.M60VGpu, SupportLargeMemory = true };

                static OpenStackListImagesQuery KvmGpu() => new() { SupportKvmGpuType = KvmGpuType.P100 };

                static OpenStackListImagesQuery Hana() => new() { SupportXenHana = true, SupportXen = false };
            }
            """);

        [Fact]
        public Task Infiniband_conflicts_with_xen() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static OpenStackListImagesQuery Xen() => new() { {|CIMG0002:SupportKvmInfiniBand = true|}, SupportXen = true };
            }
            """);

        [Fact]
        public Task Infiniband_with_kvm_is_quiet() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static OpenStackListImagesQuery Kvm() => new() { SupportKvmInfiniBand = true, SupportKvm = true };
            }
            """);

        [Fact]
        public Task Member_status_needs_shared_visibility() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static OpenStackListImagesQuery Private() => new() { {|CIMG0001:MemberStatus = MemberStatus.Accepted|}, Visibility = Visibility.Private };

                static OpenStackListImagesQuery Shared() => new() { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared, ImageType = ImageType.Shared };
            }
            """);

        [Fact]
        public Task Public_images_are_advised_to_ask_for_protected() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static OpenStackListImagesQuery Gold() => new() { {|CIMG0006:ImageType = ImageType.Gold|}, Visibility = Visibility.Public };

                static OpenStackListImagesQuery Protected() => new() { ImageType = ImageType.Gold, Visibility = Visibility.Public, Protected = true };
            }
            """);

        [Fact]
        public Task Min_disk_and_limit_out_of_range_are_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static OpenStackListImagesQuery Out() => new() { {|CIMG0003:MinDisk = 1025|}, {|CIMG0003:Limit = 0|} };

                static OpenStackListImagesQuery In() => new() { MinDisk = 1024, Limit = 25 };
            }
            """);

        [Fact]
        public Task Image_metadata_is_created_private_only() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static OpenStackCreateImageRequest Public() => new() { Name = "web", {|CIMG0005:Visibility = Visibility.Public|} };

                static OpenStackCreateImageRequest Shared() => new() { Name = "web", {|CIMG0005:Visibility = "shared"|} };
            }
            """);

        [Fact]
        public Task Private_or_unset_visibility_is_quiet() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static OpenStackCreateImageRequest Private() => new() { Name = "web", Visibility = Visibility.Private };

                static OpenStackCreateImageRequest Unset() => new() { Name = "web", DiskFormat = DiskFormat.Qcow2 };
            }
            """);

        [Fact]
        public Task The_name_and_min_disk_of_new_metadata_are_checked() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static OpenStackCreateImageRequest Broken() => new() { {|CIMG0005:Name = ""|}, {|CIMG0003:MinDisk = 0|} };

                static OpenStackCreateImageRequest Fine() => new() { Name = "Ubuntu 22.04 web", MinDisk = 40, MinRam = 1024, Tags = ["a=b"] };
            }
            """);
    }
}
