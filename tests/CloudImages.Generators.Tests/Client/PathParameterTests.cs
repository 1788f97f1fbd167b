using CloudImages.Generators.Tests.Infrastructure;
using CloudImages.Runtime;
using CloudImages.Tests.Servers;
using Xunit;

namespace CloudImages.Generators.Tests.Client
{
    /// <summary>A path parameter's value stays in its own segment: values that would leave it are refused before
    /// anything is sent, and every other value arrives as it was given.</summary>
    public sealed class PathParameterTests
    {
        public static TheoryData<string?> Escaping => new()
        {
            null, "", ".", "..", "%2e", "%2E%2e", ".%2e", "%2e.", "%252e%252E", "%25252e",
        };

        public static TheoryData<string> Kept => new()
        {
            "a/b", "../x", "a?b=c", "a#b", "100%", "%2f", "a b", "ü€日本", "...", ".a", "a..", " ", "%2e%2f",
        };

        [Theory]
        [MemberData(nameof(Escaping))]
        public async Task A_value_that_would_leave_its_segment_is_refused_and_nothing_is_sent(string? serverId)
        {
            var handler = new StubHandler(_ => StubHandler.Json("{}"));
            var client = new ServersClient(handler.Client());
            var query = new GetServerQuery { ProjectId = "p", ServerId = serverId! };

            var refused = await Assert.ThrowsAsync<ApiValidationException>(() => client.GetServerAsync(query));

            Assert.Empty(handler.Requests);
            var violation = Assert.Single(refused.Violations);
            Assert.Equal("server_id-segment", violation.RuleId);
            Assert.Equal(RuleSeverity.Error, violation.Severity);
            Assert.Equal(["server_id"], violation.Parameters);
            Assert.Contains("server_id", refused.Message, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Escaping))]
        public async Task The_refusal_holds_with_the_rule_check_turned_off(string? serverId)
        {
            var handler = new StubHandler(_ => StubHandler.Json("{}"));
            var client = new ServersClient(handler.Client()) { ValidateQueries = false };
            var query = new GetServerQuery { ProjectId = serverId!, ServerId = "s" };

            var refused = await Assert.ThrowsAsync<ApiValidationException>(() => client.GetServerAsync(query));

            Assert.Empty(handler.Requests);
            Assert.Equal("project_id-segment", Assert.Single(refused.Violations).RuleId);
            Assert.Throws<ApiValidationException>(() => query.BuildRequestUri());
            Assert.Throws<ApiValidationException>(() => client.GetGetServerUri(query));
        }

        [Theory]
        [MemberData(nameof(Kept))]
        public async Task Any_other_value_round_trips_inside_its_own_segment(string serverId)
        {
            var handler = new StubHandler(_ => StubHandler.Json("""{"server":{"id":"x"}}"""));
            var client = new ServersClient(handler.Client("https://compute.example.test/base/"));

            var answer = await client.GetServerAsync(new GetServerQuery { ProjectId = "p 1", ServerId = serverId, WithMetadata = true });

            Assert.Equal("x", answer.Server?.Id);
            var uri = Assert.Single(handler.Requests).RequestUri!;
            var segments = uri.AbsolutePath.Split('/');
            Assert.Equal(["", "base", "v1", "p%201", "cloudservers", segments[5]], segments);
            Assert.Equal(serverId, Uri.UnescapeDataString(segments[5]));
            Assert.Equal("?with_metadata=true", uri.Query);
            Assert.Empty(new GetServerQuery { ProjectId = "p", ServerId = serverId }.Validate());
        }
    }
}
