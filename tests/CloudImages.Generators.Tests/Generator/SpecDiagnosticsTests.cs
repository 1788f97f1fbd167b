using CloudImages.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CloudImages.Generators.Tests.Generator
{
    /// <summary>Each kind of spec error is reported in the spec file, at the offending text, and generates nothing.</summary>
    public class SpecDiagnosticsTests
    {
        private const string File = "broken.cloud-api.json";

        /// <summary>A valid spec; tests break one part of it.</summary>
        private static string Spec(string parameters = """{"name": "a", "type": "string"}""", string rules = "[]", string operationExtra = "") => $$"""
            {
              "specVersion": "1.0",
              "client": {"name": "TestClient"},
              "schemas": [{"name": "Result", "fields": [{"name": "id", "type": "string"}]}],
              "operations": [
                {
                  "name": "Find",
                  "method": "GET",
                  "path": "/things",{{operationExtra}}
                  "response": {"schema": "Result"},
                  "parameters": [{{parameters}}],
                  "rules": {{rules}}
                }
              ]
            }
            """;

        [Fact]
        public async Task The_valid_base_spec_reports_nothing()
        {
            var run = GeneratorHarness.Run((File, Spec()));
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems());
            await Task.CompletedTask;
        }

        [Fact]
        public Task Invalid_json_is_reported_where_the_parser_stopped()
        {
            const string text = "{\n  \"specVersion\": \"1.0\",\n  \"client\": {\"name\": \"C\"}\n  \"operations\": []\n}\n";
            return Verify(text, DiagnosticResult.CompilerError("CIMG1001").WithSpan(File, 4, 3, 4, 4));
        }

        [Fact]
        public Task Truncated_json_is_reported_at_its_end()
        {
            const string text = "{\n  \"specVersion\": \"1.0\",\n  \"client\": {\"na";
            return Verify(text, DiagnosticResult.CompilerError("CIMG1001").WithSpan(File, 3, 17, 3, 17));
        }

        [Fact]
        public Task An_unknown_type_is_reported_on_the_type()
        {
            var text = Spec("""{"name": "a", "type": "strng"}""");
            return Verify(text, Error("CIMG1004", text, "\"strng\""));
        }

        [Fact]
        public Task A_missing_required_member_is_reported_on_its_object()
        {
            var text = Spec().Replace("\"path\": \"/things\",", "", StringComparison.Ordinal);
            return Verify(text, Error("CIMG1002", text, "{\n      \"name\": \"Find\"", length: 1));
        }

        [Fact]
        public Task A_member_of_the_wrong_json_type_is_reported_on_its_value()
        {
            var text = Spec("""{"name": "a", "type": 5}""");
            return Verify(text, Error("CIMG1003", text, "5}", length: 1));
        }

        [Fact]
        public Task A_duplicate_parameter_is_reported_on_the_second_one()
        {
            var text = Spec("""{"name": "a", "type": "string"}, {"name": "a", "type": "integer"}""");
            return Verify(text, Error("CIMG1005", text, "\"a\"", occurrence: 2));
        }

        [Fact]
        public Task A_duplicate_json_key_is_reported_on_the_second_key()
        {
            var text = Spec("""{"name": "a", "type": "string", "type": "integer"}""");
            return Verify(text, Error("CIMG1005", text, "\"type\"", occurrence: 3));
        }

        [Fact]
        public Task A_rule_that_names_an_unknown_parameter_is_reported_on_that_name()
        {
            var text = Spec(rules: """[{"id": "r1", "kind": "requires", "severity": "error", "parameter": "a", "with": "nope", "message": "m"}]""");
            return Verify(text, Error("CIMG1006", text, "\"nope\""));
        }

        [Fact]
        public Task Names_that_collide_after_renaming_are_reported_on_the_second_one()
        {
            var text = Spec("""{"name": "min_disk", "type": "integer"}, {"name": "minDisk", "type": "integer"}""");
            return Verify(text, Error("CIMG1007", text, "\"minDisk\""));
        }

        [Fact]
        public Task A_name_that_clashes_with_a_generated_member_is_reported()
        {
            var text = Spec("""{"name": "validate", "type": "string"}""");
            return Verify(text, Error("CIMG1007", text, "\"validate\""));
        }

        [Fact]
        public Task A_keyword_as_csharp_name_is_reported()
        {
            var text = Spec("""{"name": "a", "csharpName": "class", "type": "string"}""");
            return Verify(text, Error("CIMG1010", text, "\"class\""));
        }

        [Fact]
        public Task An_unsupported_version_is_reported()
        {
            var text = Spec().Replace("\"1.0\"", "\"2.0\"", StringComparison.Ordinal);
            return Verify(text, Error("CIMG1008", text, "\"2.0\""));
        }

        [Fact]
        public Task A_path_parameter_missing_from_the_template_is_reported_on_the_path()
        {
            var text = Spec("""{"name": "id", "in": "path", "type": "string"}""");
            return Verify(text, Error("CIMG1013", text, "\"/things\""));
        }

        [Fact]
        public Task A_dot_segment_in_the_path_is_reported_because_requests_are_sent_as_written()
        {
            var text = Spec().Replace("\"/things\"", "\"/v2/../things\"", StringComparison.Ordinal);
            Assert.Contains("/v2/../things", text, StringComparison.Ordinal);
            return Verify(text, Error("CIMG1013", text, "\"/v2/../things\""));
        }

        [Fact]
        public Task Pagination_that_names_an_unknown_field_is_reported()
        {
            var pagination = """

                      "pagination": {"style": "marker", "markerParameter": "a", "pageSizeParameter": "n", "itemsField": "items", "markerField": "id"},
                """;
            var text = Spec("""{"name": "a", "type": "string"}, {"name": "n", "type": "integer"}""", operationExtra: pagination);
            return Verify(text, Error("CIMG1011", text, "\"items\""));
        }

        [Fact]
        public Task An_inconsistent_rule_is_reported_on_the_rule()
        {
            var text = Spec(rules: """[{"id": "r1", "kind": "range", "severity": "error", "parameter": "a", "minimum": 1, "message": "m"}]""");
            return Verify(text, Error("CIMG1012", text, "{\"id\": \"r1\"", length: 1));
        }

        [Fact]
        public Task An_exactly_one_rule_without_with_is_reported_on_the_rule()
        {
            var text = Spec(rules: """[{"id": "r1", "kind": "exactlyOne", "severity": "error", "parameter": "a", "message": "m"}]""");
            return Verify(text, Error("CIMG1012", text, "{\"id\": \"r1\"", length: 1));
        }

        [Fact]
        public Task A_member_that_does_not_apply_to_an_exactly_one_rule_is_reported_on_its_name()
        {
            var rules = """[{"id": "r1", "kind": "exactlyOne", "severity": "error", "parameter": "a", "with": "b", "message": "m", "when": "x"}]""";
            var text = Spec("""{"name": "a", "type": "string"}, {"name": "b", "type": "integer"}""", rules);
            return Verify(text, Error("CIMG1012", text, "\"when\""));
        }

        [Fact]
        public Task A_parameter_named_twice_in_with_is_reported_on_the_second_name()
        {
            var rules = """[{"id": "r1", "kind": "exactlyOne", "severity": "error", "parameter": "a", "with": ["b", "b"], "message": "m"}]""";
            var text = Spec("""{"name": "a", "type": "string"}, {"name": "b", "type": "integer"}""", rules);
            return Verify(text, Error("CIMG1012", text, "\"b\"", occurrence: 3));
        }

        [Fact]
        public void A_valid_exactly_one_rule_is_generated()
        {
            var rules = """[{"id": "r1", "kind": "exactlyOne", "severity": "warning", "parameter": "a", "with": ["b"], "message": "m"}]""";
            var run = GeneratorHarness.Run((File, Spec("""{"name": "a", "type": "string"}, {"name": "b", "type": "integer"}""", rules)));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems());
            Assert.Contains(run.Sources, s => s.SourceText.ToString().Contains("global::CloudImages.Runtime.ApiRuleKind.ExactlyOne", StringComparison.Ordinal));
        }

        [Fact]
        public Task An_unknown_member_is_only_a_warning_and_code_is_still_generated()
        {
            var text = Spec("""{"name": "a", "type": "string", "descripton": "typo"}""");
            var run = GeneratorHarness.Run((File, text));
            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal(("CIMG1009", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.DefaultSeverity));
            Assert.NotEmpty(run.Sources);
            return Task.CompletedTask;
        }

        [Fact]
        public void A_deviation_generates_nothing_and_its_members_are_checked()
        {
            var documented = """{"name": "a", "type": "long", "deviation": {"reason": "64-bit", "documented": {"type": "Integer"}}}""";
            var plain = GeneratorHarness.Run((File, Spec("""{"name": "a", "type": "long"}""")));
            var run = GeneratorHarness.Run((File, Spec(documented)));
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal(plain.Sources.Select(s => s.SourceText.ToString()), run.Sources.Select(s => s.SourceText.ToString()));

            var typo = GeneratorHarness.Run((File, Spec("""{"name": "a", "type": "long", "deviation": {"reason": "x", "documented": {"typ": "Integer"}}}""")));
            Assert.Equal("CIMG1009", Assert.Single(typo.GeneratorDiagnostics).Id);
            var noReason = GeneratorHarness.Run((File, Spec("""{"name": "a", "type": "long", "deviation": {"documented": {"type": "Integer"}}}""")));
            Assert.Single(noReason.GeneratorDiagnostics);
        }

        [Fact]
        public void The_first_error_is_at_the_documented_line_and_column()
        {
            // Spelled out once, so the helper above is checked against hand-counted positions.
            var text = Spec("""{"name": "a", "type": "strng"}""");
            var run = GeneratorHarness.Run((File, text));
            var span = Assert.Single(run.GeneratorDiagnostics).Location.GetLineSpan();
            Assert.Equal(File, span.Path);
            Assert.Equal((10, 43), (span.StartLinePosition.Line, span.StartLinePosition.Character)); // line 11, column 44 in an editor
        }

        [Fact]
        public void Other_specs_and_the_rest_of_the_compilation_go_on()
        {
            var run = GeneratorHarness.Run((File, "{ not json"), ("good.cloud-api.json", Spec()));

            Assert.Equal("CIMG1001", Assert.Single(run.GeneratorDiagnostics).Id);
            Assert.Contains(run.Sources, s => s.HintName.EndsWith("TestClient.g.cs", StringComparison.Ordinal));
            Assert.Empty(run.CompilationProblems());
        }

        private static DiagnosticResult Error(string id, string text, string marker, int occurrence = 1, int? length = null)
        {
            var index = -1;
            for (var i = 0; i < occurrence; i++)
            {
                index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
            }

            Assert.True(index >= 0, $"'{marker}' occurs fewer than {occurrence} times");
            var end = index + (length ?? marker.Length);
            var (startLine, startColumn) = Position(text, index);
            var (endLine, endColumn) = Position(text, end);
            return DiagnosticResult.CompilerError(id).WithSpan(File, startLine, startColumn, endLine, endColumn);

            static (int Line, int Column) Position(string text, int offset)
            {
                var before = text[..offset];
                var line = before.Count(c => c == '\n') + 1;
                return (line, offset - (before.LastIndexOf('\n') + 1) + 1);
            }
        }

        private static Task Verify(string spec, params DiagnosticResult[] expected)
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
            test.TestState.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }
    }
}
