using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>Where the analyzer looks: initializers, later assignments to the same local, and with expressions,
    /// within one method body. What it cannot see stays unreported.</summary>
    public sealed class TrackingTests
    {
        [Fact]
        public Task A_with_expression_starts_from_what_it_copies() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Narrowed()
                {
                    var shared = new ListImagesQuery { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };
                    return shared with { {|CIMG0001:Visibility = Visibility.Private|} };
                }

                static ListImagesQuery Added()
                {
                    var hana = new ListImagesQuery { SupportXenHana = true };
                    return hana with { {|CIMG0002:SupportXenHana = true|}, SupportKvm = true };
                }

                static ListImagesQuery Fine()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };
                    return query with { Limit = 10 };
                }
            }
            """);

        [Fact]
        public Task A_violation_copied_by_a_with_expression_is_reported_once_where_it_was_made() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Copied()
                {
                    var query = new ListImagesQuery { {|CIMG0001:MemberStatus = MemberStatus.Accepted|} };
                    return query with { Limit = 10 };
                }

                static ListImagesQuery Inline() => new ListImagesQuery { {|CIMG0001:MemberStatus = MemberStatus.Accepted|} } with { Limit = 10 };
            }
            """);

        [Fact]
        public Task Queries_from_elsewhere_satisfy_absence_rules() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery FromParameter(ListImagesQuery query) => query with { MemberStatus = MemberStatus.Accepted };

                static ListImagesQuery FromCall() => Make() with { MemberStatus = MemberStatus.Accepted };

                static ListImagesQuery Reassigned(bool other)
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    if (other)
                    {
                        query = Make();
                    }

                    query.Visibility = Visibility.Shared;
                    return query;
                }

                static ListImagesQuery Make() => new() { Visibility = Visibility.Shared };
            }
            """);

        [Fact]
        public Task Rules_about_present_values_still_apply_to_queries_from_elsewhere() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery FromParameter(ListImagesQuery query) =>
                    query with { {|CIMG0002:SupportXenHana = true|}, SupportXen = true, {|CIMG0003:Limit = 0|} };

                static void Mutate(ListImagesQuery query)
                {
                    {|CIMG0004:query.Platform = "Windos"|};
                }
            }
            """);

        [Fact]
        public Task Assignments_in_lambdas_and_fields_are_seen() => UsageAnalyzerTest.VerifyAsync("""
            using System;
            using CloudImages.Ims;

            class Holder
            {
                private readonly ListImagesQuery _query = new() { {|CIMG0001:MemberStatus = MemberStatus.Accepted|} };

                static ListImagesQuery Deferred()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    Action share = () => query.Visibility = Visibility.Shared;
                    share();
                    return query;
                }
            }
            """);

        [Fact]
        public Task A_second_local_for_the_same_query_is_followed() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Alias()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    var same = query;
                    same.Visibility = Visibility.Shared;
                    return query;
                }

                static ListImagesQuery Conflict()
                {
                    var query = new ListImagesQuery { SupportXenHana = true };
                    ListImagesQuery same;
                    same = query;
                    {|CIMG0002:same.SupportKvm = true|};
                    return query;
                }
            }
            """);

        [Fact]
        public Task Each_construction_in_a_method_is_its_own_query() => UsageAnalyzerTest.VerifyAsync("""
            using System.Collections.Generic;
            using CloudImages.Ims;

            static class Queries
            {
                static IEnumerable<ListImagesQuery> Several()
                {
                    yield return new ListImagesQuery { SupportXen = true };
                    yield return new ListImagesQuery { SupportXenHana = true };
                    var first = new ListImagesQuery { SupportKvm = true };
                    var second = new ListImagesQuery { SupportKvmGpuType = KvmGpuType.M60 };
                    yield return first;
                    yield return second;
                }
            }
            """);

        [Fact]
        public Task Generated_code_is_not_analyzed()
        {
            var test = new UsageAnalyzerTest("""
                // <auto-generated/>
                using CloudImages.Ims;

                static class Generated
                {
                    static ListImagesQuery Broken() => new() { MemberStatus = MemberStatus.Accepted, MinDisk = 0, Platform = "Ubunt" };
                }
                """);
            return test.RunAsync();
        }

        [Fact]
        public Task Compound_and_unknown_writes_leave_a_value_unknown() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Compound(ListImagesQuery? other)
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Public };
                    query.Visibility ??= Visibility.Shared;
                    query.Limit += 1;
                    return query;
                }

                static ListImagesQuery ByRef()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    Replace(ref query);
                    return query;
                }

                static void Replace(ref ListImagesQuery query) => query = new() { Visibility = Visibility.Shared };
            }
            """);
    }
}
