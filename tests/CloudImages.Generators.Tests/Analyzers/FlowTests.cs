using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>The order of the code: the last certain assignment of a parameter wins, also through with expressions;
    /// the diagnostic sits on the statement that broke the rule; where the order of execution is not known (branches,
    /// loops, gotos, calls that take the query, lambdas), nothing is assumed and nothing is reported.</summary>
    public sealed class FlowTests
    {
        [Fact]
        public Task The_last_assignment_wins_and_the_one_that_breaks_the_rule_is_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery SharedThenPublic()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    query.Visibility = Visibility.Shared;
                    {|CIMG0001:query.Visibility = Visibility.Public|};
                    return query;
                }

                static ListImagesQuery PublicThenShared()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Public };
                    query.Visibility = Visibility.Shared;
                    return query;
                }

                static ListImagesQuery StatusLast()
                {
                    var query = new ListImagesQuery { Visibility = Visibility.Public };
                    {|CIMG0001:query.MemberStatus = MemberStatus.Pending|};
                    return query;
                }

                static ListImagesQuery ClearedLast()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };
                    {|CIMG0001:query.Visibility = null|};
                    return query;
                }

                static ListImagesQuery ConflictUndone()
                {
                    var query = new ListImagesQuery { SupportXenHana = true, SupportKvm = true };
                    query.SupportKvm = null;
                    return query;
                }
            }
            """);

        [Fact]
        public Task A_with_expression_copies_the_query_as_it_is_at_that_point() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery SharedBeforeTheCopy()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    query.Visibility = Visibility.Shared;
                    return query with { Limit = 10 };
                }

                static ListImagesQuery OverriddenOnTheCopy()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };
                    var copy = query with { Limit = 10 };
                    {|CIMG0001:copy.Visibility = Visibility.Public|};
                    return copy;
                }

                static void ChangedAfterTheCopy()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };
                    var copy = query with { Limit = 10 };
                    {|CIMG0001:query.Visibility = Visibility.Private|};
                    Send(query);
                    Send(copy);
                }

                static void Send(ListImagesQuery query) { }
            }
            """);

        [Fact]
        public Task Assignments_that_may_not_run_leave_the_value_unknown() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Branch(bool shared)
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    if (shared)
                    {
                        query.Visibility = Visibility.Shared;
                    }

                    return query;
                }

                static ListImagesQuery BranchBreaks(bool other)
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };
                    if (other)
                    {
                        query.Visibility = Visibility.Public;
                    }

                    return query;
                }

                static ListImagesQuery Loop(Visibility[] all)
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };
                    foreach (var visibility in all)
                    {
                        query.Visibility = Visibility.Public;
                    }

                    return query;
                }

                static ListImagesQuery InAnExpression(bool other)
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    var ignored = other && (query.Visibility = Visibility.Shared) is not null;
                    return query;
                }

                static ListImagesQuery Jumps()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    goto second;
                first:
                    query.Visibility = Visibility.Shared;
                    goto done;
                second:
                    query.Visibility = Visibility.Public;
                    goto first;
                done:
                    return query;
                }
            }
            """);

        [Fact]
        public Task A_certain_value_survives_a_branch_that_sets_it_alike() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Branch(bool again)
                {
                    var query = new ListImagesQuery { {|CIMG0001:MemberStatus = MemberStatus.Accepted|}, Visibility = Visibility.Public };
                    if (again)
                    {
                        query.Visibility = Visibility.Public;
                    }

                    return query;
                }

                static ListImagesQuery ConflictInBranch(bool kvm)
                {
                    var query = new ListImagesQuery { {|CIMG0002:SupportXenHana = true|}, SupportKvm = true };
                    if (kvm)
                    {
                        query.SupportKvm = true;
                    }

                    return query;
                }
            }
            """);

        [Fact]
        public Task A_call_that_takes_the_query_may_change_it_unless_it_is_the_last_use() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Configured()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    Configure(query);
                    return query;
                }

                static ListImagesQuery ConfiguredThenChanged()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    Configure(query);
                    query.Visibility = Visibility.Public;
                    return query;
                }

                static ListImagesQuery SetAgainAfterwards()
                {
                    var query = new ListImagesQuery();
                    Configure(query);
                    query.MemberStatus = MemberStatus.Accepted;
                    {|CIMG0001:query.Visibility = Visibility.Public|};
                    return query;
                }

                static void SentAsBuilt()
                {
                    var query = new ListImagesQuery { {|CIMG0001:MemberStatus = MemberStatus.Accepted|} };
                    Configure(query);
                }

                static bool Validated()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    var valid = query.Validate().Count == 0;
                    Configure(query);
                    return valid;
                }

                static void Configure(ListImagesQuery query) => query.Visibility = Visibility.Shared;
            }
            """);

        [Fact]
        public Task A_query_a_lambda_uses_is_not_followed() => UsageAnalyzerTest.VerifyAsync("""
            using System;
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Reads()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };
                    Action share = () => query.Visibility = Visibility.Shared;
                    query.Visibility = Visibility.Public;
                    share();
                    return query;
                }

                static Func<ListImagesQuery> Inside() => () =>
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    {|CIMG0001:query.Visibility = Visibility.Public|};
                    return query;
                };
            }
            """);
    }
}
