using Xunit;
using RemoveFix = CloudImages.Generators.Tests.CodeFixes.UsageCodeFixTest<CloudImages.Generators.CodeFixes.RemoveConflictingParameterCodeFixProvider>;
using SetFix = CloudImages.Generators.Tests.CodeFixes.UsageCodeFixTest<CloudImages.Generators.CodeFixes.SetRequiredParameterCodeFixProvider>;

namespace CloudImages.Generators.Tests.CodeFixes
{
    /// <summary>The code fixes work on request bodies as on queries: they edit the body member the rule names.</summary>
    public sealed class BodyFixTests
    {
        [Fact]
        public Task Mandatory_when_adds_the_missing_body_member() => SetFix.VerifyAsync(
            """
            using CloudImages.Tests.Writes;

            static class Requests
            {
                static CreateImageRequest Quick() => new() { Name = "web", ImageUrl = "obs:f", {|CIMG0001:IsQuickImport = true|} };
            }
            """,
            """
            using CloudImages.Tests.Writes;

            static class Requests
            {
                static CreateImageRequest Quick() => new() { Name = "web", ImageUrl = "obs:f", IsQuickImport = true, OsVersion = "" };
            }
            """);

        [Fact]
        public Task A_conflicting_body_member_is_removed() => RemoveFix.VerifyAsync(
            """
            using CloudImages.Tests.Writes;

            static class Requests
            {
                static CreateImageRequest Both() => new() { Name = "web", InstanceId = "i", {|CIMG0002:Tags = ["a"]|}, ImageTags = [] };
            }
            """,
            """
            using CloudImages.Tests.Writes;

            static class Requests
            {
                static CreateImageRequest Both() => new() { Name = "web", InstanceId = "i", ImageTags = [] };
            }
            """);
    }
}
