using CloudImages.Emulator;
using Xunit;

namespace CloudImages.Package.Tests
{
    /// <summary>The package where the official SDK runs too: a netstandard2.0 library that holds the spec and the client,
    /// used by a net10.0 app against the emulator (with the rules' analyzers at work in the app); a .NET Framework 4.7.2
    /// app; a library built for netstandard2.0 and net8.0 at once; and, for a project left at netstandard2.0's C# 7.3,
    /// one clear error. Every consumer builds with warnings as errors.</summary>
    [Collection(PackedFeed.Collection)]
    public sealed class OlderTargetConsumerTests
    {
        private const string ListQuery = """
            new ListImagesQuery
                    {
                        ImageType = ImageType.Gold,
                        Visibility = Visibility.Public,
                        Protected = true,
                        Platform = Platform.Ubuntu,
                        SortKey = ImageSortKey.Name,
                        SortDir = SortDirection.Ascending,
                        Limit = 3,
                    }
            """;

        private readonly PackedFeed _feed;

        public OlderTargetConsumerTests(PackedFeed feed) => _feed = feed;

        [Fact]
        public async Task A_net10_app_calls_the_client_of_a_netstandard20_library_and_gets_its_rules_checked()
        {
            var root = _feed.NewFolder();
            var library = Project(root, "Library", "netstandard2.0", "<LangVersion>11</LangVersion>", withSpec: true);
            File.WriteAllText(Path.Combine(library, "Catalogue.cs"), $$"""
                using System;
                using System.Collections.Generic;
                using System.Net.Http;
                using System.Threading.Tasks;
                using CloudImages.Ims;

                namespace Library
                {
                    /// <summary>Lists images through the client generated here, compiled for netstandard2.0.</summary>
                    public static class Catalogue
                    {
                        /// <summary>The query's address.</summary>
                        public static Uri Address(HttpClient http) => new CloudImagesClient(http).GetListImagesUri({{ListQuery}});

                        /// <summary>Name and id of each image the query finds.</summary>
                        public static async Task<IReadOnlyList<string>> ListAsync(HttpClient http)
                        {
                            var page = await new CloudImagesClient(http).ListImagesAsync({{ListQuery}}).ConfigureAwait(false);
                            var lines = new List<string>();
                            foreach (var image in page.Images ?? new List<Image>())
                            {
                                lines.Add(image.Name + "  " + image.Id);
                            }

                            return lines;
                        }
                    }
                }
                """);
            var app = Project(root, "App", "net10.0", "<OutputType>Exe</OutputType>", withSpec: false, reference: "../Library/Library.csproj");
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                using CloudImages.Ims;

                using var http = new HttpClient { BaseAddress = new Uri(args[0]) };
                Console.WriteLine($"GET {Library.Catalogue.Address(http)}");
                foreach (var line in await Library.Catalogue.ListAsync(http))
                {
                    Console.WriteLine(line);
                }

                // The library's types, used here: a query of the app's own.
                var page = await new CloudImagesClient(http).ListImagesAsync(new ListImagesQuery { Platform = Platform.Ubuntu, Limit = 1 });
                Console.WriteLine($"own query: {page.Images?.Count}");
                """);

            _feed.DotNet.Run(app, "build").SucceedsCleanly();
            await using (var ims = await ImsEmulator.StartAsync())
            {
                var printed = Lines(_feed.DotNet.Run(app, "run", "--no-build", "--", ims.BaseAddress.AbsoluteUri).SucceedsCleanly().Output);
                Assert.Equal($"GET {QuickStartQuery.On(ims.BaseAddress)}", printed[0]);
                // The same request without the generated client: its three images are the ones printed, in order.
                var images = await QuickStartQuery.ImagesAsync(ims.BaseAddress);
                Assert.Equal(3, images.Count);
                Assert.Equal(images.Select(i => $"{i.GetProperty("name").GetString()}  {i.GetProperty("id").GetString()}"), printed.Skip(1).Take(3));
                Assert.Equal("own query: 1", printed[4]);
            }

            // The rules travel with the library's types: the app's invalid query fails the app's build (CIMG0001, a
            // warning made an error), at the app's line.
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                using CloudImages.Ims;

                var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                Console.WriteLine(query.ToQueryString());
                """);
            var invalid = _feed.DotNet.Run(app, "build");
            Assert.NotEqual(0, invalid.ExitCode);
            Assert.Contains("Program.cs(3,", invalid.Output, StringComparison.Ordinal);
            Assert.Contains("error CIMG0001", invalid.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void A_net472_app_that_calls_the_client_builds()
        {
            var app = Project(_feed.NewFolder(), "Framework", "net472", """
                <OutputType>Exe</OutputType>
                <LangVersion>11</LangVersion>
                <ImplicitUsings>disable</ImplicitUsings>
                """, withSpec: true, package: "Microsoft.NETFramework.ReferenceAssemblies");
            File.WriteAllText(Path.Combine(app, "Program.cs"), $$"""
                using System;
                using System.Net.Http;
                using System.Threading.Tasks;
                using CloudImages.Ims;

                internal static class Program
                {
                    private static async Task Main(string[] args)
                    {
                        using var http = new HttpClient { BaseAddress = new Uri(args[0]) };
                        var ims = new CloudImagesClient(http);
                        var page = await ims.ListImagesAsync({{ListQuery}}).ConfigureAwait(false);
                        foreach (var image in page.Images ?? new System.Collections.Generic.List<Image>())
                        {
                            Console.WriteLine(image.Name);
                        }
                    }
                }
                """);

            _feed.DotNet.Run(app, "build").SucceedsCleanly();

            // A .NET Framework app, built against the runtime's netstandard2.0 build.
            var output = Path.Combine(app, "bin", "Debug", "net472");
            Assert.True(File.Exists(Path.Combine(output, "Framework.exe")));
            // Its TargetFrameworkAttribute, as the UTF-8 string the attribute's blob holds.
            var runtime = File.ReadAllBytes(Path.Combine(output, "CloudImages.Runtime.dll"));
            Assert.True(runtime.AsSpan().IndexOf(".NETStandard,Version=v2.0"u8) >= 0);
        }

        [Fact]
        public void A_library_for_netstandard20_and_net80_builds_both_targets()
        {
            var library = Project(_feed.NewFolder(), "Multi", null, """
                <TargetFrameworks>netstandard2.0;net8.0</TargetFrameworks>
                <LangVersion>11</LangVersion>
                """, withSpec: true);
            File.WriteAllText(Path.Combine(library, "Images.cs"), $$"""
                using CloudImages.Ims;

                namespace Multi
                {
                    /// <summary>The query, on each target.</summary>
                    public static class Images
                    {
                        /// <summary>Its query string.</summary>
                        public static string Query() => {{ListQuery}}.ToQueryString();
                    }
                }
                """);

            _feed.DotNet.Run(library, "build").SucceedsCleanly();

            Assert.True(File.Exists(Path.Combine(library, "bin", "Debug", "netstandard2.0", "Multi.dll")));
            Assert.True(File.Exists(Path.Combine(library, "bin", "Debug", "net8.0", "Multi.dll")));
        }

        [Fact]
        public void A_netstandard20_library_left_at_CSharp_73_gets_one_clear_error()
        {
            // As a new netstandard2.0 library is, but for warnings as errors: no LangVersion, no nullable context, no
            // implicit usings (both need a later C#).
            var library = Project(_feed.NewFolder(), "Old", "netstandard2.0", """
                <Nullable>disable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                """, withSpec: true);

            var build = _feed.DotNet.Run(library, "build");

            Assert.NotEqual(0, build.ExitCode);
            var errors = Lines(build.Output).Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();
            var error = Assert.Single(errors);
            Assert.Contains("querying-images.cloud-api.json", error, StringComparison.Ordinal);
            Assert.Contains("error CIMG1016", error, StringComparison.Ordinal);
            Assert.Contains("<LangVersion>11</LangVersion>", error, StringComparison.Ordinal);
        }

        private static string Project(string root, string name, string? targetFramework, string properties, bool withSpec, string? reference = null, string? package = null)
        {
            var directory = Path.Combine(root, name);
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    {(targetFramework is null ? "" : $"<TargetFramework>{targetFramework}</TargetFramework>")}
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    {properties}
                  </PropertyGroup>
                  <ItemGroup>
                    {(reference is null ? $"""<PackageReference Include="CloudImages.Generators" Version="{PackedFeed.Version}" />""" : $"""<ProjectReference Include="{reference}" />""")}
                    {(package is null ? "" : $"""<PackageReference Include="{package}" Version="1.0.3" PrivateAssets="all" />""")}
                  </ItemGroup>
                </Project>
                """);
            if (withSpec)
            {
                File.Copy(Path.Combine(DotNet.RepoRoot, "spec", "ims", "querying-images.cloud-api.json"), Path.Combine(directory, "querying-images.cloud-api.json"));
            }

            return directory;
        }

        private static List<string> Lines(string output) =>
            output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
    }
}
