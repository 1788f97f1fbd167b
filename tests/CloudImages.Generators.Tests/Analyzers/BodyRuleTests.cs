using Xunit;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>The analyzers check request bodies as they check queries: body members of an operation's request, the
    /// objects nested in it (array items included), with the same flow-sensitivity: initializers, later assignments,
    /// and `with` expressions.</summary>
    public sealed class BodyRuleTests
    {
        [Fact]
        public Task Exactly_one_source_of_an_image_is_checked_in_the_body() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Tests.Writes;

            static class Requests
            {
                static CreateImageRequest None() => {|CIMG0007:new() { Name = "web" }|};

                static CreateImageRequest Two() => new() { Name = "web", InstanceId = "ecs", {|CIMG0007:ImageUrl = "obs:f"|} };

                static CreateImageRequest One() => new() { Name = "web", VolumeId = "vol" };
            }
            """);

        [Fact]
        public Task Mandatory_when_follows_the_value_and_later_assignments() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Tests.Writes;

            static class Requests
            {
                static CreateImageRequest Quick() => new() { Name = "web", ImageUrl = "obs:f", {|CIMG0001:IsQuickImport = true|} };

                static CreateImageRequest NotQuick() => new() { Name = "web", ImageUrl = "obs:f", IsQuickImport = false };

                static CreateImageRequest Fixed()
                {
                    var request = new CreateImageRequest { Name = "web", ImageUrl = "obs:f", IsQuickImport = true };
                    request.OsVersion = "Ubuntu 22.04 server 64bit";
                    return request;
                }

                static CreateImageRequest Broken(CreateImageRequest fine) => fine with { {|CIMG0001:IsQuickImport = true|}, OsVersion = null };
            }
            """);

        [Fact]
        public Task Conflicting_body_members_are_reported_on_the_one_set_second() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Tests.Writes;

            static class Requests
            {
                static CreateImageRequest Both() => new()
                {
                    Name = "web",
                    InstanceId = "ecs",
                    {|CIMG0002:Tags = ["a"]|},
                    ImageTags = [new ImageTag { Key = "b" }],
                };
            }
            """);

        [Fact]
        public Task Rules_of_nested_objects_are_checked_in_array_items_and_alone() => UsageAnalyzerTest.VerifyAsync("""
            using CloudImages.Tests.Writes;

            static class Requests
            {
                static CreateImageRequest Tagged() => new()
                {
                    Name = "web",
                    InstanceId = "ecs",
                    ImageTags = [new ImageTag { {|CIMG0005:Key = "a-key-that-is-longer-than-thirty-six-chars"|} }, new ImageTag { Key = "ok" }],
                    DataImages = new[] { new DataImage { Name = "d", DataDiskId = "v", {|CIMG0003:MinDisk = 2048|} } },
                };

                static DataImage Alone() => new() { Name = "d", DataDiskId = "v", {|CIMG0003:MinDisk = 0|} };
            }
            """);
    }
}
