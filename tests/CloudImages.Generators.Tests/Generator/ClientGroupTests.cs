using CloudImages.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CloudImages.Generators.Tests.Generator
{
    /// <summary>Specs with the same namespace and client name are one client: one class, one registration, the
    /// operations of all, shared types declared alike, and job links across specs.</summary>
    public class ClientGroupTests
    {
        /// <summary>A job-creating operation, with an enum that the status spec declares too.</summary>
        private const string Images = """
            {
              "specVersion": "1.1",
              "namespace": "Acme.Cloud",
              "client": {"name": "AcmeClient", "description": "Client for Acme."},
              "requestIdHeaders": ["X-Request-Id"],
              "enums": [{"name": "Colour", "values": [{"value": "red", "description": "Red, as the images page says."}]}],
              "schemas": [{"name": "Answer", "fields": [{"name": "job_id", "type": "string"}]}],
              "operations": [
                {
                  "name": "CreateImage",
                  "method": "POST",
                  "path": "/images",
                  "parameters": [
                    {"name": "name", "in": "body", "type": "string", "required": true, "pattern": "^[\\s\\S]{1,36}$"},
                    {"name": "colour", "in": "body", "type": "enum", "enum": "Colour"}
                  ],
                  "response": {"schema": "Answer"},
                  "job": {"statusOperation": "GetJob", "idField": "job_id"},
                  "constraints": [
                    {"text": "The name is mandatory.", "rules": ["name-pattern"], "unchecked": "It is a required member."}
                  ]
                }
              ]
            }
            """;

        /// <summary>The job-status operation, in a spec of its own.</summary>
        private const string Jobs = """
            {
              "specVersion": "1.1",
              "namespace": "Acme.Cloud",
              "client": {"name": "AcmeClient"},
              "requestIdHeaders": ["X-Request-Id"],
              "enums": [{"name": "Colour", "values": [{"value": "red", "description": "Red, as the jobs page says."}]}],
              "schemas": [
                {"name": "Job", "fields": [
                  {"name": "status", "type": "string"}, {"name": "code", "type": "string"}, {"name": "reason", "type": "string"},
                  {"name": "colour", "type": "enum", "enum": "Colour"}
                ]}
              ],
              "operations": [
                {
                  "name": "GetJob",
                  "method": "GET",
                  "path": "/jobs/{id}",
                  "parameters": [{"name": "id", "in": "path", "type": "string"}],
                  "response": {"schema": "Job"},
                  "jobStatus": {
                    "idParameter": "id", "stateField": "status", "errorCodeField": "code", "failReasonField": "reason",
                    "succeeded": ["OK"], "failed": ["FAIL"], "pending": ["RUNNING"]
                  }
                }
              ]
            }
            """;

        private const string Consumer = """
            namespace Consumer
            {
                internal static class Use
                {
                    public static async System.Threading.Tasks.Task<string?> RunAsync(Acme.Cloud.AcmeClient client)
                    {
                        var job = await client.CreateImageAsync(new Acme.Cloud.CreateImageRequest { Name = "web", Colour = Acme.Cloud.Colour.Red });
                        var done = await job.WaitForCompletionAsync();
                        var again = await client.GetJobAsync(new Acme.Cloud.GetJobQuery { Id = job.Id });
                        return done.Status ?? again.Reason;
                    }
                }
            }
            """;

        [Fact]
        public void Two_specs_of_one_client_make_one_client_with_a_job_linked_across_them()
        {
            var run = GeneratorHarness.Run(
                GeneratorHarness.Compilation(GeneratorHarness.HttpClientFactoryReferences.Value, Consumer),
                null,
                new InMemoryAdditionalText("/specs/images.cloud-api.json", Images),
                new InMemoryAdditionalText("/specs/jobs.cloud-api.json", Jobs));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems());
            var hintNames = run.Sources.Select(s => s.HintName).ToList();
            Assert.Single(hintNames, h => h == "Acme.Cloud.AcmeClient.g.cs");
            Assert.Single(hintNames, h => h == "Acme.Cloud.Colour.g.cs");
            Assert.Single(hintNames, h => h == "Acme.Cloud.AcmeClientServiceCollectionExtensions.g.cs");

            // Each type names the spec that declares it (the first, for a shared one); the client names all of them.
            Assert.Contains("from images.cloud-api.json.", run.Source("Acme.Cloud.Colour.g.cs"), StringComparison.Ordinal);
            Assert.Contains("Red, as the images page says.", run.Source("Acme.Cloud.Colour.g.cs"), StringComparison.Ordinal);
            Assert.Contains("from jobs.cloud-api.json.", run.Source("Acme.Cloud.GetJobQuery.g.cs"), StringComparison.Ordinal);
            var client = run.Source("Acme.Cloud.AcmeClient.g.cs");
            Assert.Contains("from the 2 specs of AcmeClient.", client, StringComparison.Ordinal);
            Assert.Contains("Client for Acme.", client, StringComparison.Ordinal);
            Assert.Contains("global::CloudImages.Runtime.ApiJob<global::Acme.Cloud.Job>", client, StringComparison.Ordinal);
        }

        [Fact]
        public void A_file_listed_twice_is_read_once()
        {
            var run = GeneratorHarness.Run(
                ("/specs/images.cloud-api.json", Images), ("/specs/jobs.cloud-api.json", Jobs), ("/specs/jobs.cloud-api.json", Jobs));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Single(run.Sources, s => s.HintName == "Acme.Cloud.GetJobQuery.g.cs");
        }

        [Fact]
        public void The_merged_client_is_the_same_whatever_order_the_files_come_in()
        {
            var forward = GeneratorHarness.Run(("/specs/images.cloud-api.json", Images), ("/specs/jobs.cloud-api.json", Jobs));
            var backward = GeneratorHarness.Run(("/specs/jobs.cloud-api.json", Jobs), ("/specs/images.cloud-api.json", Images));

            Assert.Equal(
                forward.Sources.Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal),
                backward.Sources.Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal));
        }

        [Fact]
        public void A_shared_type_declared_with_other_members_is_reported_on_the_second_declaration()
        {
            var other = Jobs.Replace("{\"value\": \"red\", \"description\": \"Red, as the jobs page says.\"}", "{\"value\": \"blue\"}", StringComparison.Ordinal);
            var run = GeneratorHarness.Run(("/specs/images.cloud-api.json", Images), ("/specs/jobs.cloud-api.json", other));

            // The jobs spec is left out, so the job link has nothing to link to either.
            Assert.Equal(new[] { "CIMG1003", "CIMG1019" }, run.GeneratorDiagnostics.Select(d => d.Id).Order());
            var diagnostic = run.GeneratorDiagnostics.Single(d => d.Id == "CIMG1019");
            AssertAt(diagnostic, "/specs/jobs.cloud-api.json", other, "\"Colour\"");
            Assert.Contains("images.cloud-api.json", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("AcmeClient", diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void Specs_that_disagree_on_the_client_are_reported_on_the_client_name()
        {
            var other = Jobs.Replace("[\"X-Request-Id\"]", "[\"X-Trace-Id\"]", StringComparison.Ordinal);
            var run = GeneratorHarness.Run(("/specs/images.cloud-api.json", Images), ("/specs/jobs.cloud-api.json", other));

            // The jobs spec is left out, so the job link has nothing to link to either.
            Assert.Equal(new[] { "CIMG1003", "CIMG1018" }, run.GeneratorDiagnostics.Select(d => d.Id).Order());
            var differs = run.GeneratorDiagnostics.Single(d => d.Id == "CIMG1018");
            AssertAt(differs, "/specs/jobs.cloud-api.json", other, "\"AcmeClient\"");
            Assert.Contains("'requestIdHeaders'", differs.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void A_job_link_that_no_spec_of_the_client_resolves_is_reported_on_the_status_operation()
        {
            var run = GeneratorHarness.Run(("/specs/images.cloud-api.json", Images));

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("CIMG1003", diagnostic.Id);
            AssertAt(diagnostic, "/specs/images.cloud-api.json", Images, "\"GetJob\"");
            Assert.Contains("operations[0].job.statusOperation", diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void The_same_operation_in_two_specs_of_one_client_is_a_conflict()
        {
            var copy = Images.Replace("\"Client for Acme.\"", "\"Another\"", StringComparison.Ordinal);
            var run = GeneratorHarness.Run(
                ("/specs/images.cloud-api.json", Images), ("/specs/jobs.cloud-api.json", Jobs), ("/specs/more.cloud-api.json", copy));

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("CIMG1017", diagnostic.Id);
            Assert.Equal("/specs/more.cloud-api.json", diagnostic.Location.GetLineSpan().Path);
            Assert.Empty(run.CompilationProblems());
        }

        [Fact]
        public void Constraints_may_only_name_rules_that_exist_and_must_say_how_they_are_accounted_for()
        {
            var unknown = Images.Replace("[\"name-pattern\"]", "[\"name-lenght\"]", StringComparison.Ordinal);
            var unaccounted = Images.Replace(
                "\"rules\": [\"name-pattern\"], \"unchecked\": \"It is a required member.\"", "\"rules\": []", StringComparison.Ordinal);

            var first = Assert.Single(GeneratorHarness.Run(("/specs/images.cloud-api.json", unknown), ("/specs/jobs.cloud-api.json", Jobs)).GeneratorDiagnostics);
            var second = Assert.Single(GeneratorHarness.Run(("/specs/images.cloud-api.json", unaccounted), ("/specs/jobs.cloud-api.json", Jobs)).GeneratorDiagnostics);

            Assert.Equal("CIMG1004", first.Id);
            AssertAt(first, "/specs/images.cloud-api.json", unknown, "\"name-lenght\"");
            Assert.Equal("CIMG1003", second.Id);
            AssertAt(second, "/specs/images.cloud-api.json", unaccounted, "\"The name is mandatory.\"");
        }

        [Fact]
        public void A_rule_that_is_not_a_string_and_an_alias_that_is_another_value_are_located()
        {
            var text = Images
                .Replace("[\"name-pattern\"]", "[7, \"name-lenght\"]", StringComparison.Ordinal)
                .Replace("{\"value\": \"red\",", "{\"value\": \"red\", \"aliases\": [\"red\"],", StringComparison.Ordinal);

            var diagnostics = GeneratorHarness.Run(("/specs/images.cloud-api.json", text), ("/specs/jobs.cloud-api.json", Jobs)).GeneratorDiagnostics;

            AssertAt(diagnostics.Single(d => d.Id == "CIMG1003"), "/specs/images.cloud-api.json", text, "7");
            AssertAt(diagnostics.Single(d => d.Id == "CIMG1004"), "/specs/images.cloud-api.json", text, "\"name-lenght\"");
            AssertAt(diagnostics.Single(d => d.Id == "CIMG1005"), "/specs/images.cloud-api.json", text, "\"red\"]");
            Assert.Equal(3, diagnostics.Length);
        }

        private static void AssertAt(Diagnostic diagnostic, string path, string text, string expected)
        {
            var span = diagnostic.Location.GetLineSpan();
            Assert.Equal(path, span.Path);
            var lines = text.Split('\n');
            Assert.StartsWith(expected, lines[span.StartLinePosition.Line].Substring(span.StartLinePosition.Character), StringComparison.Ordinal);
        }
    }
}
