using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>No false positives: the queries the page itself recommends give no diagnostic at all.</summary>
    public sealed class CommonQueryTests
    {
        [Fact]
        public Task The_five_common_query_methods_of_the_page_give_no_diagnostic() => UsageAnalyzerTest.VerifyAsync(CommonQueries);

        [Fact]
        public Task They_give_none_with_the_spec_in_the_same_project_either() =>
            UsageAnalyzerTest.VerifyAsync(CommonQueries, new[] { UsageTestSetup.ImsSpec });

        private const string CommonQueries = """
            using CloudImages.Ims;

            static class Queries
            {
                // GET /v2/cloudimages?__imagetype=gold&visibility=public&protected=true
                static ListImagesQuery PublicImages() => new() { ImageType = ImageType.Gold, Visibility = Visibility.Public, Protected = true };

                // GET /v2/cloudimages?owner={project_id}
                static ListImagesQuery PrivateImages(string projectId) => new() { Owner = projectId };

                // GET /v2/cloudimages?member_status=accepted&visibility=shared&__imagetype=shared
                static ListImagesQuery AvailableSharedImages() =>
                    new() { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared, ImageType = ImageType.Shared };

                // GET /v2/cloudimages?member_status=rejected&visibility=shared&__imagetype=shared
                static ListImagesQuery RejectedImages() =>
                    new() { MemberStatus = MemberStatus.Rejected, Visibility = Visibility.Shared, ImageType = ImageType.Shared };

                // GET /v2/cloudimages?member_status=pending&visibility=shared&__imagetype=shared
                static ListImagesQuery UnacceptedImages() =>
                    new() { MemberStatus = "pending", Visibility = "shared", ImageType = "shared" };
            }
            """;

        [Fact]
        public Task The_design_sketch_query_gives_no_diagnostic() => UsageAnalyzerTest.VerifyAsync("""
            using System;
            using CloudImages.Ims;
            using CloudImages.Runtime;

            static class Queries
            {
                static ListImagesQuery Sketch()
                {
                    var query = new ListImagesQuery
                    {
                        ImageType = ImageType.Gold,
                        Visibility = Visibility.Public,
                        Protected = true,
                        SortKey = ImageSortKey.Name,
                        CreatedAt = TimeFilter.LessThan(new DateTimeOffset(2018, 10, 28, 10, 0, 0, TimeSpan.Zero)),
                        UpdatedAt = "lt:2018-10-28T10:00:00Z",
                        Tag = "a=b",
                        MinDisk = 1024,
                        Limit = 1,
                        Platform = Platform.OracleLinux,
                    };
                    return query with { Limit = 100 };
                }
            }
            """);
    }
}
