using CloudImages.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CloudImages.Generators.Tests.Generator
{
    public class GeneratedCodeTests
    {
        private const string ImsConsumer = """
            using System.Threading;
            using System.Threading.Tasks;
            using CloudImages.Ims;
            using CloudImages.Runtime;

            namespace Consumer
            {
                /// <summary>Uses the generated API the way an application would.</summary>
                public static class Usage
                {
                    /// <summary>Lists public images.</summary>
                    public static async Task<int> CountAsync(CloudImagesClient client, CancellationToken cancellationToken)
                    {
                        var query = new ListImagesQuery
                        {
                            ImageType = ImageType.Gold,
                            Visibility = Visibility.Public,
                            Protected = true,
                            Platform = "Ubuntu",
                            CreatedAt = TimeFilter.LessThan(new System.DateTimeOffset(2018, 10, 28, 10, 0, 0, System.TimeSpan.Zero)),
                            Tag = new KeyValueFilter("a", "b"),
                        };
                        var page = await client.ListImagesAsync(query, cancellationToken);
                        var count = page.Images?.Count ?? 0;
                        await foreach (Image image in client.ListAllImagesAsync(query with { Limit = 100 }, cancellationToken))
                        {
                            long size = image.Size ?? 0;
                            count += size > 0 ? 1 : 0;
                        }

                        return count;
                    }
                }
            }
            """;

        [Fact]
        public void Ims_client_compiles_with_nullable_on_and_every_warning_an_error()
        {
            var run = GeneratorHarness.Run(
                GeneratorHarness.Compilation(null, ImsConsumer),
                null,
                new InMemoryAdditionalText(GeneratorHarness.ImsSpecPath, GeneratorHarness.ImsSpec));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems());
            // 15 enums, 2 schemas, 1 query, the JSON readers and the client; no registration without Microsoft.Extensions.Http.
            Assert.Equal(20, run.Sources.Count());
        }

        [Fact]
        public void With_Microsoft_Extensions_Http_the_registration_is_emitted_and_compiles()
        {
            const string consumer = """
                using CloudImages.Ims;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;

                namespace Consumer
                {
                    /// <summary>Registers the client both ways.</summary>
                    public static class Startup
                    {
                        /// <summary>Registers the client.</summary>
                        public static void Register(IServiceCollection services, IConfiguration configuration)
                        {
                            services.AddCloudImagesClient(configuration.GetSection("Ims"));
                            services.AddCloudImagesClient(o => o.Endpoint = new System.Uri("https://ims.example.test/"))
                                .ConfigureHttpClient(http => http.DefaultRequestHeaders.Add("User-Agent", "consumer"));
                        }
                    }
                }
                """;
            var run = GeneratorHarness.Run(
                GeneratorHarness.Compilation(GeneratorHarness.HttpClientFactoryReferences.Value, consumer),
                null,
                new InMemoryAdditionalText(GeneratorHarness.ImsSpecPath, GeneratorHarness.ImsSpec));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems());
            Assert.Contains(run.Sources, s => s.HintName == "CloudImages.Ims.CloudImagesClientOptions.g.cs");
            Assert.Contains(run.Sources, s => s.HintName == "CloudImages.Ims.CloudImagesClientServiceCollectionExtensions.g.cs");
        }

        [Fact]
        public void The_Timeout_option_says_what_it_caps_and_that_the_resilience_handler_turns_it_off()
        {
            var run = GeneratorHarness.Run(
                GeneratorHarness.Compilation(GeneratorHarness.HttpClientFactoryReferences.Value),
                null,
                new InMemoryAdditionalText("ims.cloud-api.json", GeneratorHarness.ImsSpec));

            var lines = run.Source("CloudImagesClientOptions.g.cs").Split('\n');
            var property = Array.FindIndex(lines, l => l.Contains("public global::System.TimeSpan? Timeout", StringComparison.Ordinal));
            var start = Array.FindLastIndex(lines, property - 1, l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal)) + 1;
            var doc = string.Join("\n", lines[start..property]);

            Assert.DoesNotContain("each request", doc, StringComparison.Ordinal);
            Assert.Contains("HttpClient.Timeout", doc, StringComparison.Ordinal);
            Assert.Contains("retries", doc, StringComparison.Ordinal);
            Assert.Contains("TotalRequestTimeout", doc, StringComparison.Ordinal);
            Assert.Contains("AttemptTimeout", doc, StringComparison.Ordinal);
            Assert.Contains("sets HttpClient.Timeout to infinite", doc, StringComparison.Ordinal);
            Assert.All(lines[start..(property + 1)], l => Assert.True(l.Length <= 120, $"{l.Length} characters: {l}"));
        }

        [Fact]
        public void A_second_different_spec_compiles_too()
        {
            var run = GeneratorHarness.Run(("servers.cloud-api.json", GeneratorHarness.ServersSpec));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems());
            Assert.Contains(run.Sources, s => s.HintName == "CloudImages.Tests.Servers.GetServerQuery.g.cs");
            Assert.DoesNotContain("ListAll", run.Source("ServersClient.g.cs"), StringComparison.Ordinal);
        }

        [Fact]
        public void Output_is_deterministic()
        {
            static string[] Texts() => GeneratorHarness.Run(("a.cloud-api.json", GeneratorHarness.ImsSpec))
                .Sources.Select(s => s.HintName + "\n" + s.SourceText).ToArray();

            Assert.Equal(Texts(), Texts());
        }

        [Fact]
        public void Every_file_is_marked_generated_nullable_and_global_qualified()
        {
            var run = GeneratorHarness.Run(("a.cloud-api.json", GeneratorHarness.ImsSpec), ("b.cloud-api.json", GeneratorHarness.ServersSpec));

            foreach (var source in run.Sources)
            {
                var text = source.SourceText.ToString();
                Assert.StartsWith("// <auto-generated/>\n", text, StringComparison.Ordinal);
                Assert.Contains("\n#nullable enable\n", text, StringComparison.Ordinal);
                Assert.DoesNotContain("\nusing ", text, StringComparison.Ordinal);
                Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Xml_docs_come_from_the_spec()
        {
            var query = GeneratorHarness.Run(("a.cloud-api.json", GeneratorHarness.ImsSpec)).Source("ListImagesQuery.g.cs");

            Assert.Contains("/// Specifies the member status. The value can be accepted, rejected, or pending.", query, StringComparison.Ordinal);
            Assert.Contains("Range: 1 to 1024.", query, StringComparison.Ordinal);
            Assert.Contains("The service's default is 500.", query, StringComparison.Ordinal);
        }

        [Fact]
        public void Nothing_is_generated_without_a_spec_and_other_additional_files_are_ignored()
        {
            var run = GeneratorHarness.Run(("notes.json", GeneratorHarness.ImsSpec));

            Assert.Empty(run.Sources);
            Assert.Empty(run.GeneratorDiagnostics);
        }

        [Fact]
        public void Item_metadata_opts_a_file_in_and_overrides_namespace_and_client_name()
        {
            const string path = "/specs/ims.json";
            var options = new TestOptionsProvider(perFile: new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [path] = new Dictionary<string, string>
                {
                    ["build_metadata.AdditionalFiles.CloudApiSpec"] = "true",
                    ["build_metadata.AdditionalFiles.CloudApiNamespace"] = "Contoso.Cloud",
                    ["build_metadata.AdditionalFiles.CloudApiClientName"] = "ImsClient",
                },
            });

            var run = GeneratorHarness.Run(GeneratorHarness.Compilation(), options, new InMemoryAdditionalText(path, GeneratorHarness.ImsSpec));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Contains(run.Sources, s => s.HintName == "Contoso.Cloud.ImsClient.g.cs");
            Assert.Contains(run.Sources, s => s.HintName == "Contoso.Cloud.ImsJson.g.cs");
            Assert.Empty(run.CompilationProblems());
        }

        [Fact]
        public void Without_the_runtime_the_spec_reports_one_clear_error_instead_of_broken_code()
        {
            var compilation = GeneratorHarness.Compilation().RemoveReferences(GeneratorHarness.RuntimeReference);
            var run = GeneratorHarness.Run(compilation, null, new InMemoryAdditionalText("ims.cloud-api.json", GeneratorHarness.ImsSpec));

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("CIMG1015", diagnostic.Id);
            Assert.Equal("ims.cloud-api.json", diagnostic.Location.GetLineSpan().Path);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void Two_specs_that_generate_the_same_type_report_a_conflict_and_keep_the_first()
        {
            var run = GeneratorHarness.Run(("first.cloud-api.json", GeneratorHarness.ImsSpec), ("second.cloud-api.json", GeneratorHarness.ImsSpec));

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("CIMG1017", diagnostic.Id);
            Assert.Equal("second.cloud-api.json", diagnostic.Location.GetLineSpan().Path);
            Assert.Contains("first.cloud-api.json", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Empty(run.CompilationProblems());
        }
    }
}
