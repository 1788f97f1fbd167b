using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>CIMG0007, from the servers spec's exactlyOne rule one-key: FindServers takes exactly one of id, ip and
    /// status. None set is reported on the construction; each member set after the first one of the group is
    /// reported on its assignment.</summary>
    public sealed class ExactlyOneRuleTests
    {
        [Fact]
        public Task None_set_is_reported_on_the_object_creation() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static FindServersQuery Nothing() => {|CIMG0007:new() { ProjectId = "p", Limit = 5 }|};

                static FindServersQuery Typed() => {|CIMG0007:new FindServersQuery { ProjectId = "p" }|};
            }
            """);

        [Fact]
        public Task One_member_set_is_quiet_whichever_it_is() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static FindServersQuery ById() => new() { ProjectId = "p", Id = "a" };

                static FindServersQuery ByIp() => new() { ProjectId = "p", Ip = "10.0.0.1", Limit = 5 };

                static FindServersQuery ByStatus() => new() { ProjectId = "p", Status = ServerStatus.ACTIVE };
            }
            """);

        [Fact]
        public Task Each_member_set_after_the_first_of_the_group_is_reported_on_its_assignment() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static FindServersQuery Two() => new() { ProjectId = "p", Id = "a", {|CIMG0007:Ip = "10.0.0.1"|} };

                static FindServersQuery Three() => new() { ProjectId = "p", Id = "a", {|CIMG0007:Ip = "10.0.0.1"|}, {|CIMG0007:Status = ServerStatus.ACTIVE|} };

                static FindServersQuery GroupOrderNotCodeOrder() => new() { ProjectId = "p", {|CIMG0007:Status = "ERROR"|}, Ip = "10.0.0.1" };
            }
            """);

        [Fact]
        public Task The_message_names_the_group() => UsageAnalyzerTest.VerifyAsync(
            """
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static FindServersQuery Nothing() => new() { ProjectId = "p" };

                static FindServersQuery Two() => new() { ProjectId = "p", Id = "a", Ip = "10.0.0.1" };
            }
            """,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CIMG0007", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithSpan(5, 42, 5, 67)
                .WithArguments("set one of id, ip, status", "one-key", "Find servers by exactly one of id, ip or status."),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CIMG0007", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithSpan(7, 73, 7, 88).WithSpan(7, 73, 7, 88)
                .WithArguments("ip is one too many: set only one of id, ip, status", "one-key", "Find servers by exactly one of id, ip or status."));

        [Fact]
        public Task Values_that_send_nothing_do_not_count_and_unknown_ones_are_not_guessed() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static FindServersQuery Nulls() => {|CIMG0007:new() { ProjectId = "p", Id = null, Ip = null }|};

                static FindServersQuery MaybeId(string? id) => new() { ProjectId = "p", Id = id };

                static FindServersQuery MaybeIdAndIp(string? id) => new() { ProjectId = "p", Id = id, Ip = "10.0.0.1" };

                static FindServersQuery MaybeIdAndTwo(string? id) => new() { ProjectId = "p", Id = id, Ip = "10.0.0.1", {|CIMG0007:Status = ServerStatus.ERROR|} };
            }
            """);

        [Fact]
        public Task Later_assignments_are_followed() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static FindServersQuery SetLater()
                {
                    var query = new FindServersQuery { ProjectId = "p" };
                    query.Id = "a";
                    return query;
                }

                static FindServersQuery SecondLater()
                {
                    var query = new FindServersQuery { ProjectId = "p", Id = "a" };
                    {|CIMG0007:query.Ip = "10.0.0.1"|};
                    return query;
                }

                static FindServersQuery ClearedLater()
                {
                    var query = {|CIMG0007:new FindServersQuery { ProjectId = "p", Id = "a" }|};
                    query.Id = null;
                    return query;
                }

                static FindServersQuery Swapped()
                {
                    var query = new FindServersQuery { ProjectId = "p", Id = "a" };
                    query.Id = null;
                    query.Ip = "10.0.0.1";
                    return query;
                }

                static FindServersQuery InABranch(bool byId)
                {
                    var query = new FindServersQuery { ProjectId = "p" };
                    if (byId)
                    {
                        query.Id = "a";
                    }
                    else
                    {
                        query.Ip = "10.0.0.1";
                    }

                    return query;
                }
            }
            """);

        [Fact]
        public Task A_with_expression_is_judged_on_what_it_changes() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static FindServersQuery AddsOne()
                {
                    var query = new FindServersQuery { ProjectId = "p", Id = "a" };
                    return query with { {|CIMG0007:Ip = "10.0.0.1"|} };
                }

                static FindServersQuery AddsAnEarlierOne()
                {
                    var query = new FindServersQuery { ProjectId = "p", Ip = "10.0.0.1" };
                    return query with { {|CIMG0007:Id = "a"|} };
                }

                static FindServersQuery ClearsTheOne()
                {
                    var query = new FindServersQuery { ProjectId = "p", Id = "a" };
                    return {|CIMG0007:query with { Id = null }|};
                }

                static FindServersQuery Switches()
                {
                    var query = new FindServersQuery { ProjectId = "p", Id = "a" };
                    return query with { Id = null, Status = ServerStatus.SHUTOFF };
                }

                static FindServersQuery CopiesAViolation()
                {
                    var query = {|CIMG0007:new FindServersQuery { ProjectId = "p" }|};
                    return query with { Limit = 5 };
                }

                static FindServersQuery FromElsewhere(FindServersQuery query) => query with { Id = null, Limit = 5 };
            }
            """);

        [Fact]
        public Task Every_construction_is_analyzed_wherever_it_appears() => UsageAnalyzerTest.VerifyAsync("""
            using System.Collections.Generic;
            using CloudImages.Tests.Servers;

            sealed class Holder
            {
                public FindServersQuery? Query { get; set; }

                public List<FindServersQuery> Queries { get; } = new();
            }

            static class Queries
            {
                static readonly FindServersQuery s_field = {|CIMG0007:new() { ProjectId = "p" }|};

                static FindServersQuery[] Array() => new[] { {|CIMG0007:new FindServersQuery { ProjectId = "p" }|}, new FindServersQuery { ProjectId = "p", Id = "a" } };

                static List<FindServersQuery> Collection() => [{|CIMG0007:new() { ProjectId = "p" }|}, new() { ProjectId = "p", Id = "a", {|CIMG0007:Ip = "10.0.0.1"|} }];

                static void Argument() => More.Use({|CIMG0007:new FindServersQuery { ProjectId = "p" }|});

                static Holder Nested() => new() { Query = {|CIMG0007:new() { ProjectId = "p" }|}, Queries = { new() { ProjectId = "p", Id = "a", {|CIMG0007:Status = ServerStatus.ACTIVE|} } } };

                static System.Func<FindServersQuery> Lambda() => () => {|CIMG0007:new() { ProjectId = "p" }|};

                static FindServersQuery Conditional(bool byIp) => byIp ? new() { ProjectId = "p", Ip = "10.0.0.1" } : {|CIMG0007:new() { ProjectId = "p" }|};

                static FindServersQuery Switch(int key) => key switch
                {
                    0 => {|CIMG0007:new() { ProjectId = "p" }|},
                    _ => new() { ProjectId = "p", Id = "a" },
                };
            }

            class Base
            {
                protected Base(FindServersQuery query) => Query = query;

                public FindServersQuery Query { get; }

                public FindServersQuery Default { get; } = {|CIMG0007:new() { ProjectId = "p" }|};
            }

            sealed class Derived : Base
            {
                public Derived()
                    : base({|CIMG0007:new() { ProjectId = "p" }|})
                {
                }
            }

            static class More
            {
                public static void Use(FindServersQuery query)
                {
                }
            }
            """);

        [Fact]
        public Task Required_members_are_assignments_like_any_other() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Runtime;
            using CloudImages.Runtime.Metadata;

            [ApiQuery("Lookup")]
            sealed class LookupRequest
            {
                [ApiParameter("name", ApiParameterKind.String)]
                [ApiRule("name-or-id", ApiRuleKind.ExactlyOne, RuleSeverity.Error, "name", "Name the thing or give its id.", With = new[] { "id" })]
                public required string? Name { get; set; }

                [ApiParameter("id", ApiParameterKind.Long)]
                public long? Id { get; set; }

                [ApiParameter("owner", ApiParameterKind.String)]
                [ApiRule("owner-needs-id", ApiRuleKind.Requires, RuleSeverity.Error, "owner", "owner needs id.", With = new[] { "id" })]
                public required string? Owner { get; init; }
            }

            static class Requests
            {
                static LookupRequest ByName() => new() { Name = "a", Owner = null };

                static LookupRequest ById() => new() { Name = null, Owner = "o", Id = 5 };

                static LookupRequest Neither() => {|CIMG0007:new() { Name = null, Owner = null }|};

                static LookupRequest Both() => new() { Name = "a", Owner = null, {|CIMG0007:Id = 5|} };

                static LookupRequest OwnerWithoutId() => new() { Name = "a", {|CIMG0001:Owner = "o"|} };
            }
            """);
    }
}
