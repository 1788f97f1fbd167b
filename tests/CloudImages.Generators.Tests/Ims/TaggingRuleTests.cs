using CloudImages.Generators.Tests.Analyzers;
using Xunit;

namespace CloudImages.Generators.Tests.Ims
{
    /// <summary>The rules of the image tagging pages, as the analyzers check them: tag key and value lengths (and the
    /// key.value format of tag), the choice between tag and image_tag, the paging members of a query by tag, and the
    /// search criteria that Querying Tags shares with Querying Images.</summary>
    public sealed class TaggingRuleTests
    {
        // Values one character within and one beyond each documented length, written into the test code as constants.
        private static readonly string Key36 = new('k', 36);
        private static readonly string Key37 = new('k', 37);
        private static readonly string Value43 = new('v', 43);
        private static readonly string Value44 = new('v', 44);
        private static readonly string Key127 = new('k', 127);
        private static readonly string Key128 = new('k', 128);
        private static readonly string Key129 = new('k', 129);
        private static readonly string Value255 = new('v', 255);
        private static readonly string Value256 = new('v', 256);

        [Fact]
        public Task A_new_tag_beyond_36_and_43_characters_or_with_an_empty_key_is_reported() => UsageAnalyzerTest.VerifyAsync($$"""
            using CloudImages.Ims;

            static class Requests
            {
                static AddImageTagRequest LongKey() => new() { ImageId = "i", Tag = new NewImageTag { {|CIMG0005:Key = "{{Key37}}"|}, Value = "v" } };

                static AddImageTagRequest EmptyKey() => new() { ImageId = "i", Tag = new NewImageTag { {|CIMG0005:Key = ""|}, Value = "v" } };

                static NewImageTag LongValue() => new() { Key = "k", {|CIMG0005:Value = "{{Value44}}"|} };

                static SetImageTagRequest Modified() => new() { ImageId = "i", ImageTag = new NewImageTag { {|CIMG0005:Key = "{{Key37}}"|}, Value = "v" } };
            }
            """);

        [Fact]
        public Task A_new_tag_within_the_lengths_and_with_an_empty_value_is_quiet() => UsageAnalyzerTest.VerifyAsync($$"""
            using CloudImages.Ims;

            static class Requests
            {
                static AddImageTagRequest Longest() => new() { ImageId = "i", Tag = new NewImageTag { Key = "{{Key36}}", Value = "{{Value43}}" } };

                static AddImageTagRequest EmptyValue() => new() { ProjectId = "p", ImageId = "i", Tag = new NewImageTag { Key = "key1", Value = "" } };
            }
            """);

        [Fact]
        public Task Set_image_tag_takes_exactly_one_of_tag_and_image_tag() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static SetImageTagRequest Neither() => {|CIMG0007:new() { ImageId = "i" }|};

                static SetImageTagRequest Both() => new() { ImageId = "i", Tag = "aaaa.1111", {|CIMG0007:ImageTag = new NewImageTag { Key = "k", Value = "v" }|} };

                static SetImageTagRequest ByTag() => new() { ImageId = "i", Tag = "aaaa.1111" };

                static SetImageTagRequest ByImageTag() => new() { ImageId = "i", ImageTag = new NewImageTag { Key = "key1", Value = "value1" } };
            }
            """);

        [Fact]
        public Task A_tag_that_is_not_key_dot_value_of_letters_digits_underscores_and_hyphens_is_reported() => UsageAnalyzerTest.VerifyAsync($$"""
            using CloudImages.Ims;

            static class Requests
            {
                static SetImageTagRequest NoDot() => new() { ImageId = "i", {|CIMG0005:Tag = "aaaa"|} };

                static SetImageTagRequest Space() => new() { ImageId = "i", {|CIMG0005:Tag = "a a.1111"|} };

                static SetImageTagRequest NoKey() => new() { ImageId = "i", {|CIMG0005:Tag = ".1111"|} };

                static SetImageTagRequest LongKey() => new() { ImageId = "i", {|CIMG0005:Tag = "{{Key37}}.1"|} };

                static SetImageTagRequest LongValue() => new() { ImageId = "i", {|CIMG0005:Tag = "k.{{Value44}}"|} };
            }
            """);

        [Fact]
        public Task A_tag_of_key_dot_value_within_the_lengths_is_quiet() => UsageAnalyzerTest.VerifyAsync($$"""
            using CloudImages.Ims;

            static class Requests
            {
                static SetImageTagRequest Example() => new() { ImageId = "i", Tag = "aaaa.1111" };

                static SetImageTagRequest EmptyValue() => new() { ImageId = "i", Tag = "key_1-a." };

                static SetImageTagRequest Longest() => new() { ImageId = "i", Tag = "{{Key36}}.{{Value43}}" };

                static SetImageTagRequest Letters() => new() { ImageId = "i", Tag = "schlüssel.wert" };
            }
            """);

        [Fact]
        public Task A_batch_tag_beyond_127_and_255_characters_or_with_an_empty_key_is_reported() => UsageAnalyzerTest.VerifyAsync($$"""
            using CloudImages.Ims;

            static class Requests
            {
                static BatchUpdateImageTagsRequest Delete() => new()
                {
                    ImageId = "i",
                    Action = BatchTagAction.Delete,
                    Tags = [new BatchImageTag { {|CIMG0005:Key = "{{Key128}}"|} }, new BatchImageTag { {|CIMG0005:Key = ""|} }],
                };

                static BatchImageTag LongValue() => new() { Key = "k", {|CIMG0005:Value = "{{Value256}}"|} };
            }
            """);

        [Fact]
        public Task A_batch_tag_within_the_lengths_and_a_deletion_by_key_alone_are_quiet() => UsageAnalyzerTest.VerifyAsync($$"""
            using CloudImages.Ims;

            static class Requests
            {
                static BatchUpdateImageTagsRequest Create() => new()
                {
                    ImageId = "i",
                    Action = BatchTagAction.Create,
                    Tags = [new BatchImageTag { Key = "key1", Value = "value1" }, new BatchImageTag { Key = "key3", Value = "" }],
                };

                static BatchUpdateImageTagsRequest Delete() => new()
                {
                    ImageId = "i",
                    Action = BatchTagAction.Delete,
                    Tags = [new BatchImageTag { Key = "{{Key127}}", Value = "{{Value255}}" }, new BatchImageTag { Key = "key2" }],
                };
            }
            """);

        [Fact]
        public Task A_query_by_tag_reports_keys_and_match_values_beyond_their_lengths() => UsageAnalyzerTest.VerifyAsync($$"""
            using CloudImages.Ims;

            static class Requests
            {
                static ListImagesByTagRequest Tags() => new()
                {
                    Action = ImagesByTagAction.Count,
                    Tags = [new TagFilter { {|CIMG0005:Key = ""|}, Values = [] }],
                    NotTagsAny = [new TagFilter { {|CIMG0005:Key = "{{Key129}}"|}, Values = ["v"] }],
                    Matches = [new ResourceMatch { Key = ResourceMatchKey.ResourceName, {|CIMG0005:Value = "{{Value256}}"|} }],
                };
            }
            """);

        [Fact]
        public Task A_query_by_tag_within_the_lengths_is_quiet() => UsageAnalyzerTest.VerifyAsync($$"""
            using CloudImages.Ims;

            static class Requests
            {
                static ListImagesByTagRequest Tags() => new()
                {
                    Action = ImagesByTagAction.Count,
                    Tags = [new TagFilter { Key = "{{Key128}}", Values = ["valueXX"] }],
                    TagsAny = [new TagFilter { Key = "key0", Values = [] }],
                    Matches = [new ResourceMatch { Key = ResourceMatchKey.ResourceName, Value = "" }, new ResourceMatch { Key = ResourceMatchKey.ResourceId, Value = "{{Value255}}" }],
                };
            }
            """);

        [Fact]
        public Task Limit_and_offset_out_of_range_are_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static ListImagesByTagRequest None() => new() { Action = ImagesByTagAction.Filter, {|CIMG0003:Limit = 0|}, {|CIMG0003:Offset = -1|} };

                static ListImagesByTagRequest TooMany() => new() { Action = ImagesByTagAction.Filter, {|CIMG0003:Limit = 1001|} };

                static ListImagesByTagRequest Bounds() => new() { Action = ImagesByTagAction.Filter, Limit = 1000, Offset = 0 };

                static ListImagesByTagRequest Page() => new() { Action = ImagesByTagAction.Filter, Limit = 1, Offset = 35 };
            }
            """);

        [Fact]
        public Task Limit_and_offset_are_reported_when_the_action_is_count() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static ListImagesByTagRequest Count() => new() { Action = ImagesByTagAction.Count, {|CIMG0001:Limit = 10|}, {|CIMG0001:Offset = 0|} };

                static ListImagesByTagRequest Later()
                {
                    var request = new ListImagesByTagRequest { Action = ImagesByTagAction.Filter, Limit = 10 };
                    {|CIMG0001:request.Action = ImagesByTagAction.Count|};
                    return request;
                }

                static ListImagesByTagRequest Filter() => new() { Action = ImagesByTagAction.Filter, Limit = 10, Offset = 0 };

                static ListImagesByTagRequest CountAlone() => new() { Action = ImagesByTagAction.Count };
            }
            """);

        [Fact]
        public Task Querying_tags_reports_the_exclusive_support_flags() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListTagsQuery XenGpu() => new() { {|CIMG0002:SupportXenGpuType = XenGpuType.M60VGpu|}, SupportKvm = true };

                static ListTagsQuery KvmGpu() => new() { SupportXen = true, {|CIMG0002:SupportKvmGpuType = KvmGpuType.V100|} };

                static ListTagsQuery Hana() => new() { {|CIMG0002:SupportXenHana = true|}, SupportXen = true };

                static ListTagsQuery InfiniBand() => new() { {|CIMG0002:SupportKvmInfiniBand = true|}, SupportXen = true };
            }
            """);

        [Fact]
        public Task Querying_tags_is_quiet_on_support_flags_that_may_go_together() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListTagsQuery Gpus() => new() { SupportXenGpuType = XenGpuType.M60VGpu, SupportKvmGpuType = KvmGpuType.P100, SupportXenHana = true };

                static ListTagsQuery InfiniBandOnKvm() => new() { SupportKvmInfiniBand = true, SupportKvm = true };

                static ListTagsQuery FlagsOff() => new() { SupportXenHana = true, SupportXen = false, SupportKvm = null };
            }
            """);

        [Fact]
        public Task Querying_tags_advises_sort_key_with_sort_dir_and_protected_with_gold() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListTagsQuery SortDirAlone() => new() { {|CIMG0006:SortDir = SortDirection.Ascending|} };

                static ListTagsQuery Sorted() => new() { SortDir = SortDirection.Ascending, SortKey = ImageSortKey.Name };

                static ListTagsQuery Gold() => new() { {|CIMG0006:ImageType = ImageType.Gold|} };

                static ListTagsQuery ProtectedGold() => new() { ImageType = ImageType.Gold, Protected = true };
            }
            """);

        [Fact]
        public Task Querying_tags_checks_member_status_min_disk_and_the_time_filters() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListTagsQuery Broken() => new()
                {
                    {|CIMG0001:MemberStatus = MemberStatus.Pending|},
                    {|CIMG0003:MinDisk = 0|},
                    {|CIMG0005:CreatedAt = "lt:2018-10-28"|},
                };

                static ListTagsQuery Fine() => new()
                {
                    Visibility = Visibility.Shared,
                    MemberStatus = MemberStatus.Pending,
                    MinDisk = 1024,
                    CreatedAt = "lt:2018-10-28T10:00:00Z",
                    Tag = "a=b",
                };
            }
            """);
    }
}
