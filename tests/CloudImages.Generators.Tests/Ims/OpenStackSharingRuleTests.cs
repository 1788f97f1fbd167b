using CloudImages.Generators.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CloudImages.Generators.Tests.Ims
{
    /// <summary>The rules of the OpenStack-native sharing and tagging pages: vault_id goes with accepting a shared image
    /// (advice), and a tag in the path holds only digits, letters, underscores and hyphens.</summary>
    public sealed class OpenStackSharingRuleTests
    {
        [Fact]
        public Task A_vault_id_with_a_rejection_gets_advice() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static OpenStackUpdateImageMemberRequest Rejected() => new()
                {
                    ImageId = "d164b5df-1bc3-4c3f-893e-3e471fd16e64",
                    MemberId = "edc89b490d7d4392898e19b2deb34797",
                    Status = OpenStackMemberDecision.Rejected,
                    {|CIMG0006:VaultId = "6yhtb5df-1bc3-4c3f-893e-3e4716yhgt61"|},
                };

                static OpenStackUpdateImageMemberRequest Changed(OpenStackUpdateImageMemberRequest accepted) =>
                    accepted with { Status = "rejected", {|CIMG0006:VaultId = "vault"|} };
            }
            """);

        [Fact]
        public Task The_advice_names_the_rule_the_way_out_and_the_status_it_contradicts() => UsageAnalyzerTest.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Requests
            {
                static OpenStackUpdateImageMemberRequest Rejected() =>
                    new() { ImageId = "i", MemberId = "m", {|#1:Status = OpenStackMemberDecision.Rejected|}, {|#0:VaultId = "v"|} };
            }
            """,
            new DiagnosticResult("CIMG0006", DiagnosticSeverity.Info).WithLocation(0).WithLocation(1).WithArguments(
                "vault_id needs status=accepted",
                "vault-id-when-accepting",
                "vault_id is used to accept a shared full-ECS image created from a CBR backup: set status=accepted, or remove vault_id when you reject the image."));

        [Fact]
        public Task Accepting_with_or_without_a_vault_id_and_rejecting_without_one_get_none() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Requests
            {
                static OpenStackUpdateImageMemberRequest FromBackup() =>
                    new() { ImageId = "i", MemberId = "m", Status = OpenStackMemberDecision.Accepted, VaultId = "6yhtb5df-1bc3-4c3f-893e-3e4716yhgt61" };

                static OpenStackUpdateImageMemberRequest Accepted() => new() { ImageId = "i", MemberId = "m", Status = OpenStackMemberDecision.Accepted };

                static OpenStackUpdateImageMemberRequest Rejected() => new() { ImageId = "i", MemberId = "m", Status = OpenStackMemberDecision.Rejected };

                static OpenStackUpdateImageMemberRequest Unknown(OpenStackMemberDecision decision) =>
                    new() { ImageId = "i", MemberId = "m", Status = decision, VaultId = "v" };
            }
            """);

        [Fact]
        public Task Tags_with_other_characters_are_reported_when_added_and_deleted() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static OpenStackAddImageTagQuery Dotted() => new() { ImageId = "i", {|CIMG0005:Tag = "key.value"|} };

                static OpenStackAddImageTagQuery Spaced() => new() { ImageId = "i", {|CIMG0005:Tag = "web server"|} };

                static OpenStackAddImageTagQuery KeyValue() => new() { ImageId = "i", {|CIMG0005:Tag = "key=value"|} };

                static OpenStackDeleteImageTagQuery Umlaut() => new() { ImageId = "i", {|CIMG0005:Tag = "schlüssel"|} };

                static OpenStackDeleteImageTagQuery Later(OpenStackDeleteImageTagQuery query) => query with { {|CIMG0005:Tag = "a/b"|} };
            }
            """);

        [Fact]
        public Task The_tag_message_names_the_pattern_rule() => UsageAnalyzerTest.VerifyAsync(
            """
            using CloudImages.Ims;

            static class Queries
            {
                static OpenStackAddImageTagQuery Dotted() => new() { ImageId = "i", {|#0:Tag = "key.value"|} };
            }
            """,
            new DiagnosticResult("CIMG0005", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                "tag = \"key.value\" does not have the documented format",
                "tag-pattern",
                "tag must match the pattern ^[A-Za-z0-9_-]+$."));

        [Fact]
        public Task Tags_of_digits_letters_underscores_and_hyphens_are_not_reported() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Ims;

            static class Queries
            {
                static OpenStackAddImageTagQuery Added() => new() { ImageId = "4ca46bf1-5c61-48ff-b4f3-0ad4e5e3ba90", Tag = "aaaa" };

                static OpenStackAddImageTagQuery Mixed() => new() { ImageId = "i", Tag = "Web_Server-01" };

                static OpenStackDeleteImageTagQuery Deleted() => new() { ImageId = "i", Tag = "_-9" };

                static OpenStackDeleteImageTagQuery Unknown(string tag) => new() { ImageId = "i", Tag = tag };
            }
            """);
    }
}
