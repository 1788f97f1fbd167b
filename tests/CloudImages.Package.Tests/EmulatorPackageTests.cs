using System.Net;
using System.Xml.Linq;
using Xunit;

namespace CloudImages.Package.Tests
{
    /// <summary>The emulator's two packages from the folder feed: the tool installed with <c>dotnet tool install</c> and
    /// run as <c>cloudimages-emulator</c>, and the library in a brand-new xunit project that starts it in process and
    /// calls it through the client the generator package makes.</summary>
    [Collection(PackedFeed.Collection)]
    public sealed class EmulatorPackageTests
    {
        private readonly PackedFeed _feed;

        public EmulatorPackageTests(PackedFeed feed) => _feed = feed;

        [Fact]
        public async Task The_tool_installs_from_the_feed_serves_and_stops_on_Ctrl_C()
        {
            if (OperatingSystem.IsWindows())
            {
                return; // no POSIX signals to send
            }

            var folder = _feed.NewFolder();
            var tools = Path.Combine(folder, "tools");
            string[] install = ["tool", "install", "--tool-path", tools, "--add-source", _feed.FeedDirectory, "CloudImages.Emulator.Tool", "--version", PackedFeed.Version];
            _feed.DotNet.Run(folder, install).SucceedsCleanly();

            using var emulator = EmulatorProcess.Run(Path.Combine(tools, "cloudimages-emulator"), ["--port", "0", "--images", "100"]);
            var address = await emulator.AddressAsync();
            Assert.Contains("(100 images, credentials optional)", emulator.Output, StringComparison.Ordinal);
            using (var http = new HttpClient())
            {
                var ids = await RawIms.OwnImageIdsAsync(http, address, 1);
                Assert.Equal(HttpStatusCode.NoContent, await RawIms.AddTagAsync(http, address, ids[0], "from-the-tool"));
                Assert.Contains("from-the-tool", await RawIms.TagKeysAsync(http, address, ids[0]));
            }

            Assert.Equal(0, await emulator.StopAsync(EmulatorProcess.SIGINT));
            Assert.Contains("Stopped.", emulator.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void A_net10_test_project_references_the_emulator_package_and_tests_against_it()
        {
            Assert.True(File.Exists(Path.Combine(_feed.FeedDirectory, $"CloudImages.Emulator.{PackedFeed.Version}.nupkg")));
            var project = Directory.CreateDirectory(Path.Combine(_feed.NewFolder(), "ImsTests")).FullName;
            File.WriteAllText(Path.Combine(project, "ImsTests.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <IsPackable>false</IsPackable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="CloudImages.Emulator" Version="{PackedFeed.Version}" />
                    <PackageReference Include="CloudImages.Generators" Version="{PackedFeed.Version}" />
                    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{TestPackageVersion("Microsoft.NET.Test.Sdk")}" />
                    <PackageReference Include="xunit" Version="{TestPackageVersion("xunit")}" />
                    <PackageReference Include="xunit.runner.visualstudio" Version="{TestPackageVersion("xunit.runner.visualstudio")}" />
                  </ItemGroup>
                </Project>
                """);
            File.Copy(Path.Combine(DotNet.RepoRoot, "spec", "ims", "querying-images.cloud-api.json"), Path.Combine(project, "querying-images.cloud-api.json"));
            File.WriteAllText(Path.Combine(project, "EmulatorTests.cs"), """
                using CloudImages.Emulator;
                using CloudImages.Ims;
                using Xunit;

                public class EmulatorTests
                {
                    [Fact]
                    public async Task The_client_lists_the_images_the_emulator_serves()
                    {
                        await using var ims = await ImsEmulator.StartAsync(new ImsEmulatorOptions { Catalogue = { GeneratedImageCount = 0 } });
                        ims.Catalogue.Add(new CatalogueImage { Id = "0d7c54fa-3a1e-4b7e-9c1a-2f7e3b5a6c01", Name = "mine" });
                        var client = new CloudImagesClient(new HttpClient { BaseAddress = ims.BaseAddress });

                        var page = await client.ListImagesAsync(new ListImagesQuery { Name = "mine" });

                        var image = Assert.Single(page.Images ?? []);
                        Assert.Equal("0d7c54fa-3a1e-4b7e-9c1a-2f7e3b5a6c01", image.Id);
                        Assert.Equal(1, ims.RequestCount);
                    }

                    [Fact]
                    public async Task The_default_catalogue_has_3000_images()
                    {
                        await using var ims = await ImsEmulator.StartAsync();
                        Assert.Equal(3000, ims.Catalogue.Count);
                    }
                }
                """);

            var test = _feed.DotNet.Run(project, "test").SucceedsCleanly();
            Assert.Contains("Passed!", test.Output, StringComparison.Ordinal);
            Assert.Contains("Passed:     2", test.Output, StringComparison.Ordinal);
        }

        /// <summary>The version this repository's tests use (Directory.Packages.props), which is in the NuGet cache.</summary>
        private static string TestPackageVersion(string id) =>
            XDocument.Load(Path.Combine(DotNet.RepoRoot, "Directory.Packages.props")).Descendants("PackageVersion")
                .Single(p => (string?)p.Attribute("Include") == id).Attribute("Version")!.Value;
    }
}
