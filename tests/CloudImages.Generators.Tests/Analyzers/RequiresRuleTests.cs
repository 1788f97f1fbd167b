using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>CIMG0001, from the IMS rule member-status-requires-shared: member_status needs visibility=shared.</summary>
    public sealed class RequiresRuleTests
    {
        [Fact]
        public Task Member_status_without_visibility_is_reported_on_its_assignment() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Accepted() => new() { {|CIMG0001:MemberStatus = MemberStatus.Accepted|} };
            }
            """);

        [Fact]
        public Task The_message_names_the_wire_parameters_the_rule_and_the_way_out() => UsageAnalyzerTest.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Accepted() => new() { {|#0:MemberStatus = MemberStatus.Accepted|} };
            }
            """,
            new DiagnosticResult("CIMG0001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                "member_status needs visibility=shared",
                "member-status-requires-shared",
                "member_status can only be used when visibility is shared: set visibility=shared or remove member_status."));

        [Fact]
        public Task Another_visibility_counts_as_missing() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Public() => new() { {|CIMG0001:MemberStatus = MemberStatus.Pending|}, Visibility = Visibility.Public };

                static ListImagesQuery Text() => new() { {|CIMG0001:MemberStatus = "accepted"|}, Visibility = "private" };

                static ListImagesQuery Unset() => new() { {|CIMG0001:MemberStatus = MemberStatus.Pending|}, Visibility = null };
            }
            """);

        [Fact]
        public Task Visibility_assigned_later_in_the_same_method_satisfies_the_rule() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Later(bool pending)
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    if (pending)
                    {
                        query.MemberStatus = MemberStatus.Pending;
                    }

                    query.Visibility = Visibility.Shared;
                    return query;
                }
            }
            """);

        [Fact]
        public Task Assignments_after_the_construction_are_checked_too_and_the_one_that_breaks_the_rule_is_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Later()
                {
                    var query = new ListImagesQuery();
                    query.MemberStatus = MemberStatus.Accepted;
                    {|CIMG0001:query.Visibility = Visibility.Private|};
                    return query;
                }
            }
            """);

        [Fact]
        public Task A_member_status_cleared_again_or_not_known_is_not_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Cleared()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    query.MemberStatus = null;
                    return query;
                }

                static ListImagesQuery Unknown(MemberStatus? status) => new() { MemberStatus = status };

                static ListImagesQuery UnknownVisibility(Visibility visibility) => new() { MemberStatus = MemberStatus.Accepted, Visibility = visibility };
            }
            """);
    }
}
