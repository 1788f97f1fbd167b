using CloudImages.Runtime;
using CloudImages.Tests.Servers;
using Xunit;

// These queries break the documented rules on purpose: Validate() must find what the analyzers report.
#pragma warning disable CIMG0007

namespace CloudImages.Generators.Tests.Client
{
    /// <summary>exactlyOne at run time, and Validate() over nested request objects: their violations follow the
    /// request's own, with parameters named by path; the walk is bounded in depth and visits each object once.</summary>
    public sealed class NestedValidationTests
    {
        [Fact]
        public void Exactly_one_of_the_group_set_is_valid()
        {
            Assert.Empty(new FindServersQuery { ProjectId = "p", Id = "a" }.Validate());
            Assert.Empty(new FindServersQuery { ProjectId = "p", Ip = "10.0.0.1" }.Validate());
            Assert.Empty(new FindServersQuery { ProjectId = "p", Status = ServerStatus.ERROR, Limit = 5 }.Validate());
        }

        [Fact]
        public void None_set_names_the_whole_group()
        {
            var violation = Assert.Single(new FindServersQuery { ProjectId = "p" }.Validate());

            Assert.Equal("Error one-key (id, ip, status): Find servers by exactly one of id, ip or status.", violation.ToString());
        }

        [Fact]
        public void Each_member_too_many_is_named_with_the_first_one_set()
        {
            var all = new FindServersQuery { ProjectId = "p", Id = "a", Ip = "10.0.0.1", Status = ServerStatus.ACTIVE };
            var withoutId = new FindServersQuery { ProjectId = "p", Ip = "10.0.0.1", Status = ServerStatus.ACTIVE };

            Assert.Equal(new[] { "id, ip", "id, status" }, all.Validate().Select(v => string.Join(", ", v.Parameters)));
            Assert.Equal(new[] { "ip, status" }, withoutId.Validate().Select(v => string.Join(", ", v.Parameters)));
        }

        [Fact]
        public async Task The_client_refuses_a_query_with_none_set()
        {
            var client = new ServersClient(new HttpClient(new RefusingHandler()) { BaseAddress = new Uri("https://compute.example.test/") });

            var exception = await Assert.ThrowsAsync<ApiValidationException>(() => client.FindServersAsync(new FindServersQuery { ProjectId = "p" }));

            Assert.Equal("FindServers", exception.OperationName);
            Assert.Equal("one-key", Assert.Single(exception.Violations).RuleId);
        }

        [Fact]
        public void Nested_violations_follow_the_requests_own_and_are_named_by_path()
        {
            var request = new Node("root")
            {
                Children =
                {
                    new Node("fine") { Name = "a" },
                    new Node("both") { Name = "b", Id = "1", Children = { new Node("empty") } },
                },
                Options = new Node("none"),
            };

            Assert.Equal(
                new[]
                {
                    "name-or-id: name, id",
                    "name-or-id: children[1].name, children[1].id",
                    "name-or-id: children[1].children[0].name, children[1].children[0].id",
                    "name-or-id: options.name, options.id",
                },
                ApiRules.Validate(request).Select(v => v.RuleId + ": " + string.Join(", ", v.Parameters)));
        }

        [Fact]
        public void Valid_nested_objects_add_nothing()
        {
            var request = new Node("root") { Id = "1", Children = { new Node("a") { Name = "a" }, new Node("b") { Id = "2" } } };

            Assert.Empty(ApiRules.Validate(request));
            ApiRules.EnsureValid(request);
        }

        [Fact]
        public void An_error_in_a_nested_object_stops_the_request()
        {
            var request = new Node("root") { Id = "1", Children = { new Node("bad") } };

            var exception = Assert.Throws<ApiValidationException>(() => ApiRules.EnsureValid(request));

            Assert.Equal("Node", exception.OperationName);
            Assert.Equal(new[] { "children[0].name", "children[0].id" }, Assert.Single(exception.Violations).Parameters);
        }

        [Fact]
        public void Each_object_is_checked_once_even_in_a_cycle()
        {
            var shared = new Node("shared");
            var root = new Node("root") { Id = "1", Children = { shared, shared } };
            shared.Children.Add(root);
            shared.Children.Add(shared);

            var violation = Assert.Single(ApiRules.Validate(root));

            Assert.Equal(new[] { "children[0].name", "children[0].id" }, violation.Parameters);
        }

        [Fact]
        public void Objects_are_followed_sixty_four_levels_deep()
        {
            var root = new Node("root") { Id = "1" };
            var parent = root;
            for (var depth = 1; depth <= 100; depth++)
            {
                var child = new Node("level" + depth);
                parent.Children.Add(child);
                parent = child;
            }

            var violations = ApiRules.Validate(root);

            Assert.Equal(ApiRules.MaxDepth, violations.Count);
            Assert.Equal(string.Concat(Enumerable.Repeat("children[0].", 64)) + "name", violations[^1].Parameters[0]);
        }

        [Fact]
        public void Equal_but_distinct_objects_are_each_checked()
        {
            // Records compare by value; the walk tells instances apart.
            var root = new Node("root") { Id = "1", Children = { new Node("twin"), new Node("twin") } };

            Assert.Equal(2, ApiRules.Validate(root).Count);
        }

        /// <summary>A hand-written request type as the generator writes them: exactly one of name and id, and nested
        /// objects in a list and in one member.</summary>
        private sealed record Node(string Label) : IApiQuery, IApiNestedObjects
        {
            private static readonly ApiRule[] s_rules =
            {
                new("name-or-id", ApiRuleKind.ExactlyOne, RuleSeverity.Error, "name", "Give a name or an id.") { With = new[] { "id" } },
            };

            public string? Name { get; init; }

            public string? Id { get; init; }

            public List<Node> Children { get; } = new();

            public Node? Options { get; init; }

            public string OperationName => "Node";

            public IReadOnlyList<ApiRule> Rules => s_rules;

            public string? GetWireValue(string wireName) => wireName switch
            {
                "name" => Name,
                "id" => Id,
                _ => null,
            };

            public IEnumerable<KeyValuePair<string, IApiQuery>> GetNestedObjects()
            {
                for (var i = 0; i < Children.Count; i++)
                {
                    yield return new("children[" + i + "]", Children[i]);
                }

                if (Options is not null)
                {
                    yield return new("options", Options);
                }
            }

            // Value equality over the label only, so that two nodes can be equal and still be two objects.
            public bool Equals(Node? other) => other is not null && other.Label == Label;

            public override int GetHashCode() => Label.GetHashCode(StringComparison.Ordinal);
        }

        private sealed class RefusingHandler : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                throw new InvalidOperationException("nothing may be sent");
        }
    }
}
