using Xunit;
using Verify = CloudImages.Generators.Tests.CodeFixes.UsageCodeFixTest<CloudImages.Generators.CodeFixes.ExactlyOneCodeFixProvider>;

namespace CloudImages.Generators.Tests.CodeFixes
{
    /// <summary>CIMG0007: none set offers to set each member of the group to a placeholder of its type; a member set
    /// too many is removed.</summary>
    public sealed class ExactlyOneFixTests
    {
        /// <summary>A hand-written query type without required members, so it can be built with no initializer.</summary>
        private const string Lookup = """
            using CloudImages.Runtime;
            using CloudImages.Runtime.Metadata;
            using CloudImages.Tests.Servers;

            [ApiQuery("Lookup")]
            sealed class LookupRequest
            {
                [ApiParameter("name", ApiParameterKind.String)]
                [ApiRule("name-or-id", ApiRuleKind.ExactlyOne, RuleSeverity.Error, "name", "Name it or give its id.", With = new[] { "id" })]
                public string? Name { get; set; }

                [ApiParameter("id", ApiParameterKind.Long)]
                public long? Id { get; set; }
            }


            """;

        private const string NoneSet = Lookup + """
            static class Queries
            {
                static FindServersQuery Line() => {|CIMG0007:new() { ProjectId = "p", Limit = 5 }|};

                static FindServersQuery Lines() => {|CIMG0007:new FindServersQuery
                {
                    ProjectId = "p",
                }|};

                static LookupRequest Bare() => {|CIMG0007:new LookupRequest()|};

                static FindServersQuery Cleared()
                {
                    var query = new FindServersQuery { ProjectId = "p", Id = "a" };
                    return {|CIMG0007:query with { Id = null }|};
                }
            }
            """;

        [Fact]
        public Task Sets_the_chosen_member_to_a_placeholder() => Verify.VerifyAsync(
            NoneSet,
            Lookup + """
            static class Queries
            {
                static FindServersQuery Line() => new() { ProjectId = "p", Limit = 5, Id = "" };

                static FindServersQuery Lines() => new FindServersQuery
                {
                    ProjectId = "p",
                    Id = "",
                };

                static LookupRequest Bare() => new LookupRequest() { Id = 0 };

                static FindServersQuery Cleared()
                {
                    var query = new FindServersQuery { ProjectId = "p", Id = "a" };
                    return query with { Id = "" };
                }
            }
            """,
            "ExactlyOneCodeFixProvider.Set.Id");

        [Fact]
        public Task An_enum_member_gets_its_first_documented_value() => Verify.VerifyAsync(
            """
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static FindServersQuery Line() => {|CIMG0007:new() { ProjectId = "p" }|};
            }
            """,
            """
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static FindServersQuery Line() => new() { ProjectId = "p", Status = ServerStatus.ACTIVE };
            }
            """,
            "ExactlyOneCodeFixProvider.Set.Status");

        [Theory]
        [InlineData("Tags", "[]")]
        [InlineData("Options", "new()")]
        [InlineData("At", "DateTimeOffset.UtcNow")]
        [InlineData("Quick", "true")]
        public Task Each_kind_of_member_gets_a_placeholder_that_sets_it(string property, string placeholder)
        {
            const string Declarations = """
                using System;
                using System.Collections.Generic;
                using CloudImages.Runtime;
                using CloudImages.Runtime.Metadata;

                sealed class Options
                {
                }

                sealed class Pinned
                {
                    public required string Name { get; init; }
                }

                [ApiQuery("Create")]
                sealed class CreateRequest
                {
                    [ApiParameter("tags", ApiParameterKind.Array)]
                    [ApiRule("one-source", ApiRuleKind.ExactlyOne, RuleSeverity.Error, "tags", "m", With = new[] { "options", "at", "quick", "pinned" })]
                    public List<string>? Tags { get; set; }

                    [ApiParameter("options", ApiParameterKind.Object)]
                    public Options? Options { get; set; }

                    [ApiParameter("at", ApiParameterKind.DateTime)]
                    public DateTimeOffset? At { get; set; }

                    [ApiParameter("quick", ApiParameterKind.Flag)]
                    public bool? Quick { get; set; }

                    [ApiParameter("pinned", ApiParameterKind.Object)]
                    public Pinned? Pinned { get; set; }
                }

                static class Requests
                {

                """;
            return Verify.VerifyAsync(
                Declarations + """
                    static CreateRequest None() => {|CIMG0007:new() { }|};
                }
                """,
                Declarations + $$"""
                    static CreateRequest None() => new() { {{property}} = {{placeholder}} };
                }
                """,
                "ExactlyOneCodeFixProvider.Set." + property);
        }

        [Fact]
        public Task Removes_a_member_set_too_many() => Verify.VerifyAsync(
            """
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static FindServersQuery Line() => new() { ProjectId = "p", Id = "a", {|CIMG0007:Ip = "10.0.0.1"|}, Limit = 5 };

                static FindServersQuery Lines() => new FindServersQuery
                {
                    ProjectId = "p",
                    Ip = "10.0.0.1",
                    {|CIMG0007:Status = ServerStatus.ERROR|},
                };

                static FindServersQuery Later()
                {
                    var query = new FindServersQuery { ProjectId = "p", Id = "a" };
                    {|CIMG0007:query.Status = ServerStatus.ERROR|};
                    return query;
                }
            }
            """,
            """
            using CloudImages.Tests.Servers;

            static class Queries
            {
                static FindServersQuery Line() => new() { ProjectId = "p", Id = "a", Limit = 5 };

                static FindServersQuery Lines() => new FindServersQuery
                {
                    ProjectId = "p",
                    Ip = "10.0.0.1",
                };

                static FindServersQuery Later()
                {
                    var query = new FindServersQuery { ProjectId = "p", Id = "a" };
                    return query;
                }
            }
            """,
            "ExactlyOneCodeFixProvider.Remove");
    }
}
