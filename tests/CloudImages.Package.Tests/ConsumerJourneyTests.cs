using CloudImages.Emulator;
using CloudImages.Tests.Shared;
using Xunit;

namespace CloudImages.Package.Tests
{
    /// <summary>The proof that a user can add the package and a spec, and that everything follows from there.</summary>
    [Collection(PackedFeed.Collection)]
    public sealed class ConsumerJourneyTests
    {
        private readonly PackedFeed _feed;

        public ConsumerJourneyTests(PackedFeed feed) => _feed = feed;

        [Fact]
        public async Task A_fresh_project_gets_a_working_client_diagnostics_and_regeneration_from_the_package()
        {
            // 1. The package, packed into a folder feed (PackedFeed), and 2. a brand-new consumer beside that feed's
            //    nuget.config that references the package by version, and nothing by project.
            var dotnet = _feed.DotNet;
            var project = Path.Combine(_feed.NewFolder(), "Consumer");
            Directory.CreateDirectory(project);
            Assert.True(File.Exists(Path.Combine(_feed.FeedDirectory, $"CloudImages.Generators.{PackedFeed.Version}.nupkg")));
            File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="CloudImages.Generators" Version="{PackedFeed.Version}" />
                  </ItemGroup>
                </Project>
                """);

            // 3. Add the Querying Images spec (picked up by convention) and the README's quick-start program, word for word;
            //    build it (no warning) and run it against an emulator started here.
            var spec = Path.Combine(project, "querying-images.cloud-api.json");
            File.Copy(Path.Combine(DotNet.RepoRoot, "spec", "ims", "querying-images.cloud-api.json"), spec);
            File.WriteAllText(Path.Combine(project, "Program.cs"), ReadmeCodeBlocks.Marked("quick-start-program").Text);
            var quickStart = Succeeds(dotnet.Run(project, "build"));
            Assert.DoesNotContain(": warning ", quickStart.Output, StringComparison.Ordinal);
            await using (var ims = await ImsEmulator.StartAsync())
            {
                var run = Succeeds(dotnet.Run(project, "run", "--no-build", "--", ims.BaseAddress.AbsoluteUri));
                var printed = run.Output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
                // What the README shows the program printing (the default catalogue is the same everywhere), at this address.
                Assert.Equal(
                    ReadmeCodeBlocks.Marked("quick-start-output").Text.Replace("http://127.0.0.1:5080/", ims.BaseAddress.AbsoluteUri, StringComparison.Ordinal)
                        .Split('\n').Where(l => l.Length > 0),
                    printed);
                Assert.Equal($"GET {QuickStartQuery.On(ims.BaseAddress)}", printed[0]);
                // The same request made here, without the generated client: its three images are the ones printed, in order.
                var images = await QuickStartQuery.ImagesAsync(ims.BaseAddress);
                Assert.Equal(3, images.Count);
                Assert.Equal(
                    images.Select(i => $"{i.GetProperty("name").GetString()}  {i.GetProperty("size").GetInt64() / (1024.0 * 1024 * 1024):F1} GiB  {i.GetProperty("id").GetString()}"),
                    printed.Skip(1));
            }

            // 4. An invalid combination: the build prints the rule's warning.
            WriteProgram(project, """
                var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                Console.WriteLine(query.ToQueryString());
                """);
            var warned = Succeeds(dotnet.Run(project, "build"));
            Assert.Contains("warning CIMG0001", warned.Output, StringComparison.Ordinal);

            // 5. The same rule as an error in .editorconfig: the build fails.
            File.WriteAllText(Path.Combine(project, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.CIMG0001.severity = error\n");
            var failed = dotnet.Run(project, "build");
            Assert.NotEqual(0, failed.ExitCode);
            Assert.Contains("error CIMG0001", failed.Output, StringComparison.Ordinal);
            File.Delete(Path.Combine(project, ".editorconfig"));

            // 6. Every fixable case of every usage diagnostic, fixed by one dotnet format call that names no ID.
            var queries = Path.Combine(project, "Queries.cs");
            File.WriteAllText(queries, FixAllCases.Source);
            Succeeds(dotnet.Run(project, "format", "analyzers", "--severity", "info", "--no-restore"));
            Assert.Equal(FixAllCases.Fixed.ReplaceLineEndings(), File.ReadAllText(queries).ReplaceLineEndings());
            File.Delete(queries);

            // 7. Edit the spec (a new enum value) and rebuild: the new member exists.
            File.WriteAllText(spec, File.ReadAllText(spec).Replace(
                """{"value": "EulerOS", "name": "EulerOS"}""",
                """{"value": "EulerOS", "name": "EulerOS"}, {"value": "openEuler", "name": "OpenEuler"}""",
                StringComparison.Ordinal));
            WriteProgram(project, """Console.WriteLine(Platform.OpenEuler.Value);""");
            Assert.Contains("openEuler", Succeeds(dotnet.Run(project, "run")).Output, StringComparison.Ordinal);

            // 8. A member the spec format does not have: warning CIMG1009, in the spec file. .editorconfig sections do not
            //    reach a diagnostic located there; a .globalconfig does.
            File.WriteAllText(spec, File.ReadAllText(spec).Replace("\"specVersion\"", "\"descripton\": \"typo\",\n  \"specVersion\"", StringComparison.Ordinal));
            var unknownMember = Succeeds(dotnet.Run(project, "build"));
            Assert.Contains("querying-images.cloud-api.json", unknownMember.Output, StringComparison.Ordinal);
            Assert.Contains("warning CIMG1009", unknownMember.Output, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(project, ".globalconfig"), "is_global = true\n\ndotnet_diagnostic.CIMG1009.severity = none\n");
            var silenced = Succeeds(dotnet.Run(project, "build"));
            Assert.DoesNotContain("CIMG1009", silenced.Output, StringComparison.Ordinal);
            Assert.Contains("openEuler", Succeeds(dotnet.Run(project, "run", "--no-build")).Output, StringComparison.Ordinal);
            File.Delete(Path.Combine(project, ".globalconfig"));

            // 9. Remove the spec: no client is generated, and nothing crashes.
            File.Delete(spec);
            WriteProgram(project, """Console.WriteLine(typeof(Program).Assembly.GetType("CloudImages.Ims.CloudImagesClient") is null ? "no client" : "client");""", usingIms: false);
            var bare = Succeeds(dotnet.Run(project, "run"));
            Assert.DoesNotContain("CS8785", bare.Output, StringComparison.Ordinal);
            Assert.Contains("no client", bare.Output, StringComparison.Ordinal);
        }

        private static void WriteProgram(string project, string body, bool usingIms = true) =>
            File.WriteAllText(Path.Combine(project, "Program.cs"), (usingIms ? "using CloudImages.Ims;\n\n" : "") + body + "\n");

        private static DotNet.Result Succeeds(DotNet.Result result)
        {
            Assert.True(result.ExitCode == 0, result.ToString());
            return result;
        }
    }
}
