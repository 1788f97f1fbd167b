using CloudImages.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CloudImages.Generators.Tests.Generator
{
    /// <summary>Format 1.1's members used wrongly: each is reported in the spec file, on the offending text, and the spec
    /// generates nothing.</summary>
    public class BodySpecDiagnosticsTests
    {
        private const string File = "bodies.cloud-api.json";

        /// <summary>A valid 1.1 spec with a body, a request schema, a JSON Patch, a job and its status; tests break one part.</summary>
        private const string Valid = """
            {
              "specVersion": "1.1",
              "client": {"name": "TestClient"},
              "schemas": [
                {"name": "Tag", "role": "request", "fields": [{"name": "key", "type": "string", "required": true}]},
                {"name": "Answer", "fields": [{"name": "job_id", "type": "string"}]},
                {"name": "Job", "fields": [{"name": "status", "type": "string"}, {"name": "code", "type": "string"}, {"name": "reason", "type": "string"}]},
                {"name": "Meta", "fields": [{"name": "X-Size", "in": "header", "type": "long"}]}
              ],
              "operations": [
                {
                  "name": "Create",
                  "method": "POST",
                  "path": "/things",
                  "parameters": [
                    {"name": "name", "in": "body", "type": "string", "required": true},
                    {"name": "tags", "in": "body", "type": "array", "items": {"type": "object", "schema": "Tag"}}
                  ],
                  "response": {"schema": "Answer"},
                  "job": {"statusOperation": "ShowJob", "idField": "job_id"}
                },
                {
                  "name": "ShowJob",
                  "method": "GET",
                  "path": "/jobs/{id}",
                  "parameters": [{"name": "id", "in": "path", "type": "string"}],
                  "response": {"schema": "Job"},
                  "jobStatus": {
                    "idParameter": "id", "stateField": "status", "errorCodeField": "code", "failReasonField": "reason",
                    "succeeded": ["OK"], "failed": ["FAIL"], "pending": ["RUNNING"]
                  }
                },
                {
                  "name": "Update",
                  "method": "PATCH",
                  "path": "/things/{id}",
                  "parameters": [{"name": "id", "in": "path", "type": "string"}],
                  "requestBody": {"kind": "jsonPatch", "patch": {"attributes": [{"path": "/name", "type": "string", "operations": ["replace"]}]}},
                  "response": {"status": 204}
                },
                {
                  "name": "Peek",
                  "method": "HEAD",
                  "path": "/things/{id}",
                  "parameters": [{"name": "id", "in": "path", "type": "string"}],
                  "response": {"schema": "Meta"}
                }
              ]
            }
            """;

        [Fact]
        public void The_valid_base_spec_reports_nothing_and_compiles()
        {
            var run = GeneratorHarness.Run((File, Valid));
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems());
        }

        [Fact]
        public Task A_body_on_a_get_is_reported_on_the_request_body() =>
            Broken("\"method\": \"POST\"", "\"method\": \"GET\"", "CIMG1003", "{\n      \"name\": \"Create\"", length: 1);

        [Fact]
        public Task A_body_member_in_a_1_0_spec_is_reported_on_its_location() =>
            Broken("\"specVersion\": \"1.1\"", "\"specVersion\": \"1.0\"", "CIMG1003", "\"body\"", extra: AnyOther);

        [Fact]
        public Task A_query_only_type_in_a_body_is_reported_on_the_type() =>
            Broken("{\"name\": \"name\", \"in\": \"body\", \"type\": \"string\"", "{\"name\": \"name\", \"in\": \"body\", \"type\": \"timeFilter\"", "CIMG1003", "\"timeFilter\"");

        [Fact]
        public Task A_response_schema_in_a_body_is_reported_on_the_schema_name() =>
            Broken("\"schema\": \"Tag\"}}", "\"schema\": \"Answer\"}}", "CIMG1003", "\"Answer\"}}", length: 8);

        [Fact]
        public Task A_request_schema_in_a_response_is_reported_on_the_schema_name() =>
            Broken("\"response\": {\"schema\": \"Answer\"}", "\"response\": {\"schema\": \"Tag\"}", "CIMG1003", "\"Tag\"}", occurrence: 2, length: 5, extra: AnyOther);

        [Fact]
        public Task Rules_on_a_response_schema_are_reported_on_the_rules() =>
            Broken(
                "{\"name\": \"Answer\", \"fields\"",
                "{\"name\": \"Answer\", \"rules\": [], \"fields\"",
                "CIMG1003",
                "[]",
                length: 1);

        [Fact]
        public Task Required_on_a_query_parameter_is_reported_on_it() =>
            Broken(
                "{\"name\": \"id\", \"in\": \"path\", \"type\": \"string\"}],\n      \"response\": {\"schema\": \"Job\"}",
                "{\"name\": \"id\", \"in\": \"path\", \"type\": \"string\"}, {\"name\": \"q\", \"type\": \"string\", \"required\": true}],\n      \"response\": {\"schema\": \"Job\"}",
                "CIMG1003",
                "true}],\n      \"response\": {\"schema\": \"Job\"}",
                length: 4);

        [Fact]
        public Task A_patch_path_of_two_segments_is_reported_on_the_path() =>
            Broken("\"path\": \"/name\"", "\"path\": \"/a/b\"", "CIMG1003", "\"/a/b\"");

        [Fact]
        public Task An_unknown_patch_operation_is_reported_on_it() =>
            Broken("\"operations\": [\"replace\"]", "\"operations\": [\"move\"]", "CIMG1003", "\"move\"");

        [Fact]
        public Task A_job_link_to_an_operation_without_job_status_is_reported_on_the_name() =>
            Broken("\"statusOperation\": \"ShowJob\"", "\"statusOperation\": \"Update\"", "CIMG1003", "\"Update\"");

        [Fact]
        public Task A_job_id_field_that_is_not_in_the_answer_is_reported_on_it() =>
            Broken("\"idField\": \"job_id\"", "\"idField\": \"jobId\"", "CIMG1003", "\"jobId\"");

        [Fact]
        public Task A_state_field_that_is_not_in_the_status_is_reported_on_it() =>
            Broken("\"stateField\": \"status\"", "\"stateField\": \"state\"", "CIMG1003", "\"state\"", extra: AnyOther);

        [Fact]
        public Task Overlapping_states_are_reported_on_the_job_status() =>
            Broken("\"pending\": [\"RUNNING\"]", "\"pending\": [\"OK\"]", "CIMG1003", "{\n        \"idParameter\"", length: 1, extra: AnyOther);

        [Fact]
        public Task A_header_of_an_object_type_is_reported_on_the_type() =>
            Broken("\"in\": \"header\", \"type\": \"long\"", "\"in\": \"header\", \"type\": \"json\"", "CIMG1003", "\"json\"", extra: AnyOther);

        [Fact]
        public Task A_head_answer_with_body_fields_is_reported_on_the_schema() =>
            Broken("\"response\": {\"schema\": \"Meta\"}", "\"response\": {\"schema\": \"Job\"}", "CIMG1003", "\"Job\"}\n    }\n  ]", length: 5);

        [Fact]
        public Task A_media_type_that_is_not_one_is_reported_on_it() =>
            Broken("{\"kind\": \"jsonPatch\", ", "{\"kind\": \"jsonPatch\", \"mediaType\": \"json\\r\\nX: y\", ", "CIMG1003", "\"json\\r\\nX: y\"");

        [Fact]
        public Task A_binary_body_with_body_members_is_reported_on_the_kind() =>
            Broken(
                "\"path\": \"/things\",",
                "\"path\": \"/things\",\n      \"requestBody\": {\"kind\": \"binary\"},",
                "CIMG1003",
                "\"binary\"");

        [Fact]
        public Task Inline_fields_on_a_type_that_is_not_an_object_are_reported_on_them() =>
            Broken(
                "{\"name\": \"name\", \"in\": \"body\", \"type\": \"string\", \"required\": true}",
                "{\"name\": \"name\", \"in\": \"body\", \"type\": \"string\", \"required\": true, \"fields\": []}",
                "CIMG1003",
                "[]}",
                length: 1);

        [Fact]
        public Task An_object_with_both_a_schema_and_inline_fields_is_reported_on_the_schema() =>
            Broken("\"schema\": \"Tag\"}}", "\"schema\": \"Tag\", \"fields\": []}}", "CIMG1003", "\"Tag\", \"fields\"", length: 5);

        [Fact]
        public Task A_time_layout_on_a_type_that_is_not_a_time_is_reported_on_it() =>
            Broken(
                "{\"name\": \"status\", \"type\": \"string\"}",
                "{\"name\": \"status\", \"type\": \"string\", \"timeLayout\": \"milliseconds\"}",
                "CIMG1003",
                "\"milliseconds\"",
                extra: AnyOther);

        /// <summary>Marks a test whose broken spec also makes a later reference fail: only the first, located
        /// diagnostic is asserted, and the rest must be in the spec too.</summary>
        private const bool AnyOther = true;

        private static async Task Broken(string find, string replace, string id, string marker, int occurrence = 1, int? length = null, bool extra = false)
        {
            Assert.Contains(find, Valid, StringComparison.Ordinal);
            var text = Valid.Replace(find, replace, StringComparison.Ordinal);
            var expected = Error(id, text, marker, occurrence, length);
            if (!extra)
            {
                await Verify(text, expected);
                return;
            }

            // The first diagnostic is the one the test is about; any cascade is also located in the spec.
            var run = GeneratorHarness.Run((File, text));
            Assert.NotEmpty(run.GeneratorDiagnostics);
            Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(File, d.Location.GetLineSpan().Path));
            var spans = run.GeneratorDiagnostics.Select(d => (d.Id, d.Location.GetLineSpan())).ToList();
            Assert.Contains(spans, s => s.Id == id
                && s.Item2.StartLinePosition.Line + 1 == expected.Spans[0].Span.StartLinePosition.Line + 1
                && s.Item2.StartLinePosition == expected.Spans[0].Span.StartLinePosition);
            Assert.Empty(run.Sources);
        }

        private static DiagnosticResult Error(string id, string text, string marker, int occurrence, int? length)
        {
            var index = -1;
            for (var i = 0; i < occurrence; i++)
            {
                index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
            }

            Assert.True(index >= 0, $"'{marker}' occurs fewer than {occurrence} times");
            var (startLine, startColumn) = Position(text, index);
            var (endLine, endColumn) = Position(text, index + (length ?? marker.Length));
            return DiagnosticResult.CompilerError(id).WithSpan(File, startLine, startColumn, endLine, endColumn);

            static (int Line, int Column) Position(string text, int offset)
            {
                var before = text[..offset];
                return (before.Count(c => c == '\n') + 1, offset - (before.LastIndexOf('\n') + 1) + 1);
            }
        }

        private static Task Verify(string spec, DiagnosticResult expected)
        {
            var test = new CSharpSourceGeneratorTest<SpecGenerator, DefaultVerifier>
            {
                ReferenceAssemblies = FrameworkReferences.NoPackage,
                TestState =
                {
                    Sources = { "internal static class Placeholder { }" },
                    AdditionalFiles = { (File, spec) },
                    AdditionalReferences = { GeneratorHarness.RuntimeReference },
                },
            };
            test.TestState.AdditionalReferences.AddRange(FrameworkReferences.Net80);
            test.TestState.ExpectedDiagnostics.Add(expected);
            return test.RunAsync();
        }
    }
}
