using Xunit;
using Verify = CloudImages.Generators.Tests.CodeFixes.UsageCodeFixTest<CloudImages.Generators.CodeFixes.SetRequiredParameterCodeFixProvider>;

namespace CloudImages.Generators.Tests.CodeFixes
{
    /// <summary>CIMG0001 and CIMG0006: the fix adds the assignment the rule asks for, or replaces a wrong value.</summary>
    public sealed class SetRequiredParameterFixTests
    {
        [Fact]
        public Task Adds_visibility_shared_to_the_initializer() => Verify.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery One() => new() { {|CIMG0001:MemberStatus = MemberStatus.Accepted|} };

                static ListImagesQuery Lines() => new ListImagesQuery
                {
                    {|CIMG0001:MemberStatus = MemberStatus.Pending|},
                    ImageType = ImageType.Shared,
                };

                static ListImagesQuery NoTrailingComma() => new ListImagesQuery
                {
                    ImageType = ImageType.Shared,
                    {|CIMG0001:MemberStatus = MemberStatus.Rejected|}
                };
            }
            """,
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery One() => new() { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };

                static ListImagesQuery Lines() => new ListImagesQuery
                {
                    MemberStatus = MemberStatus.Pending,
                    Visibility = Visibility.Shared,
                    ImageType = ImageType.Shared,
                };

                static ListImagesQuery NoTrailingComma() => new ListImagesQuery
                {
                    ImageType = ImageType.Shared,
                    MemberStatus = MemberStatus.Rejected,
                    Visibility = Visibility.Shared
                };
            }
            """);

        [Fact]
        public Task Replaces_a_wrong_visibility() => Verify.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Public() => new() { {|CIMG0001:MemberStatus = MemberStatus.Accepted|}, Visibility = Visibility.Public };

                static ListImagesQuery Later()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    {|CIMG0001:query.Visibility = "private"|};
                    return query;
                }
            }
            """,
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Public() => new() { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };

                static ListImagesQuery Later()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    query.Visibility = Visibility.Shared;
                    return query;
                }
            }
            """);

        [Fact]
        public Task Replaces_the_value_a_with_expression_changes() => Verify.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Narrowed()
                {
                    var shared = new ListImagesQuery { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };
                    return shared with { {|CIMG0001:Visibility = Visibility.Private|} };
                }
            }
            """,
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Narrowed()
                {
                    var shared = new ListImagesQuery { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };
                    return shared with { Visibility = Visibility.Shared };
                }
            }
            """);

        [Fact]
        public Task Adds_a_statement_after_a_statement() => Verify.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Later()
                {
                    var query = new ListImagesQuery();
                    {|CIMG0001:query.MemberStatus = MemberStatus.Accepted|};
                    return query;
                }
            }
            """,
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Later()
                {
                    var query = new ListImagesQuery();
                    query.MemberStatus = MemberStatus.Accepted;
                    query.Visibility = Visibility.Shared;
                    return query;
                }
            }
            """);

        [Fact]
        public Task Adds_protected_true_for_gold_images() => Verify.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Gold() => new() { {|CIMG0006:ImageType = ImageType.Gold|}, Visibility = Visibility.Public };
            }
            """,
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Gold() => new() { ImageType = ImageType.Gold, Protected = true, Visibility = Visibility.Public };
            }
            """);

        [Fact]
        public Task Sets_the_servers_spec_status_to_its_documented_member() => Verify.VerifyAsync(
            """
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static SearchServersQuery Locked() => new() { ProjectId = "p", {|CIMG0001:Locked = true|} };
            }
            """,
            """
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static SearchServersQuery Locked() => new() { ProjectId = "p", Locked = true, Status = ServerStatus.ACTIVE };
            }
            """);
    }
}
