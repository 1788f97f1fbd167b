using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudImages.Generators.Tests.Infrastructure;
using Xunit;

namespace CloudImages.Generators.Tests.Hardening
{
    /// <summary>Spec text can never change the shape of the generated code: it compiles, it has exactly the declared
    /// members, and wire names go out exactly as written.</summary>
    public class InjectionTests
    {
        private const string Ns = "Hostile.Api";

        private static readonly string[] Hostile =
        [
            "*/", "/*", "</summary>", "<see cref=\"System.Object\"/>", "\"", "\"\"\"", "\\", "{", "}", "#error boom", "#if NEVER",
            "a\u2028#error after a line separator", "nul\0byte", "class", "9lives", "line\nbreak\r\n#endregion", "}}\";System.Environment.Exit(1);//",
            "\u202Eright-to-left", "e\u0301\u0302", "emoji \U0001F680", "&amp; <![CDATA[x]]>",
        ];

        private static string Text(int i) => Hostile[i % Hostile.Length] + " " + Hostile[(i + 7) % Hostile.Length];

        [Fact]
        public void Hostile_text_everywhere_compiles_to_exactly_the_declared_members()
        {
            var assembly = CompiledSpec.Load(HostileSpec().ToJsonString());

            Assert.Equal(
                ["HostileClient", "HostileJson", "Item", "Kind", "ListQuery", "Page"],
                CompiledSpec.PublicTypes(assembly, Ns));
            Assert.Equal(
                Hostile.Select((_, i) => "F" + i).Append("AdditionalProperties").Order(StringComparer.Ordinal),
                CompiledSpec.Properties(assembly.GetType(Ns + ".Item")!, BindingFlags.Instance));
            Assert.Equal(
                Hostile.Select((_, i) => "P" + i).Order(StringComparer.Ordinal),
                CompiledSpec.Properties(assembly.GetType(Ns + ".ListQuery")!, BindingFlags.Instance));
            Assert.Equal(
                Hostile.Select((_, i) => "V" + i).Append("KnownValues").Order(StringComparer.Ordinal),
                CompiledSpec.Properties(assembly.GetType(Ns + ".Kind")!, BindingFlags.Static));
        }

        [Fact]
        public void Hostile_wire_names_and_values_are_sent_and_read_exactly_as_written()
        {
            var assembly = CompiledSpec.Load(HostileSpec().ToJsonString());

            var enumType = assembly.GetType(Ns + ".Kind")!;
            for (var i = 0; i < Hostile.Length; i++)
            {
                var member = enumType.GetProperty("V" + i)!.GetValue(null)!;
                Assert.Equal(Hostile[i], member.ToString());
            }

            var query = Activator.CreateInstance(assembly.GetType(Ns + ".ListQuery")!)!;
            for (var i = 0; i < Hostile.Length; i++)
            {
                query.GetType().GetProperty("P" + i)!.SetValue(query, "value " + Hostile[i]);
            }

            var sent = ((string)query.GetType().GetMethod("ToQueryString")!.Invoke(query, null)!)
                .TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Select(p => (Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p[1])));
            Assert.Equal(Hostile.Select(h => ("q" + h, "value " + h)), sent);

            var json = new JsonObject();
            for (var i = 0; i < Hostile.Length; i++)
            {
                json["f" + Hostile[i]] = "read " + i;
            }

            var parse = assembly.GetType(Ns + ".HostileJson")!.GetMethod("ParseItem")!.CreateDelegate<SpanParser>();
            var item = parse(JsonSerializer.SerializeToUtf8Bytes(json));
            for (var i = 0; i < Hostile.Length; i++)
            {
                Assert.Equal("read " + i, item!.GetType().GetProperty("F" + i)!.GetValue(item));
            }
        }

        [Fact]
        public void Derived_names_survive_keywords_digits_case_unicode_and_length()
        {
            string[] wires = ["class", "9lives", "abc", "aBC", "名前", "__os__bit__", new string('n', 3000), "x-y.z"];
            var fields = new JsonArray(wires.Select(w => (JsonNode)new JsonObject { ["name"] = w, ["type"] = "string" }).ToArray());
            var spec = Minimal(fields, new JsonArray());

            var assembly = CompiledSpec.Load(spec.ToJsonString());

            var item = assembly.GetType(Ns + ".Item")!;
            var names = CompiledSpec.Properties(item, BindingFlags.Instance);
            Assert.Equal(wires.Length + 1, names.Length);
            Assert.Contains("Class", names);
            Assert.Contains("_9lives", names);
            Assert.Contains("Abc", names);
            Assert.Contains("ABC", names);
            Assert.Contains("名前", names);
            Assert.Contains("OsBit", names);
            Assert.Contains("XYZ", names);
            Assert.Contains(names, n => n.Length <= 128 && n.StartsWith("Nnnn", StringComparison.Ordinal));
        }

        [Fact]
        public void Names_that_differ_only_by_underscores_are_refused_not_generated()
        {
            var fields = new JsonArray(new JsonObject { ["name"] = "os_bit", ["type"] = "string" }, new JsonObject { ["name"] = "__os__bit", ["type"] = "string" });

            var run = GeneratorHarness.Run(("hostile.cloud-api.json", Minimal(fields, new JsonArray()).ToJsonString()));

            Assert.Equal("CIMG1007", Assert.Single(run.GeneratorDiagnostics).Id);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void Hostile_body_member_names_and_descriptions_compile_and_are_written_exactly_as_named()
        {
            var assembly = CompiledSpec.Load(HostileBodySpec().ToJsonString());

            Assert.Equal(
                ["Create", "CreateRequest", "HostileClient", "HostileJson", "Item", "Kind", "ListQuery", "Nested", "Page", "UpdatePatch", "UpdateRequest"],
                CompiledSpec.PublicTypes(assembly, Ns));
            var request = Activator.CreateInstance(assembly.GetType(Ns + ".CreateRequest")!)!;
            var nested = Activator.CreateInstance(assembly.GetType(Ns + ".Nested")!)!;
            for (var i = 0; i < Hostile.Length; i++)
            {
                request.GetType().GetProperty("B" + i)!.SetValue(request, "value " + Hostile[i]);
                nested.GetType().GetProperty("N" + i)!.SetValue(nested, Hostile[i]);
            }

            request.GetType().GetProperty("Inner")!.SetValue(request, nested);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                assembly.GetType(Ns + ".HostileJson")!.GetMethod("WriteCreateRequest")!.Invoke(null, [writer, request]);
            }

            using var written = JsonDocument.Parse(buffer.ToArray());
            var members = written.RootElement.EnumerateObject().ToList();
            Assert.Equal(Hostile.Select(h => "b" + h).Append("inner"), members.Select(m => m.Name));
            Assert.Equal(Hostile.Select(h => "value " + h).Append(null), members.Select(m => m.Value.ValueKind == JsonValueKind.String ? m.Value.GetString() : null));
            Assert.Equal(Hostile.Select(h => "n" + h), written.RootElement.GetProperty("inner").EnumerateObject().Select(m => m.Name));
        }

        /// <summary>The hostile spec with format 1.1's places: body members, a request schema, a JSON Patch, headers.</summary>
        private static JsonObject HostileBodySpec()
        {
            var spec = HostileSpec();
            spec["specVersion"] = "1.1";
            var members = new JsonArray(Hostile.Select((h, i) => (JsonNode)new JsonObject
            {
                ["name"] = "b" + h, ["csharpName"] = "B" + i, ["in"] = "body", ["type"] = "string", ["description"] = Text(i), ["pattern"] = ".*",
            }).Append(new JsonObject { ["name"] = "inner", ["in"] = "body", ["type"] = "object", ["schema"] = "Nested", ["description"] = Text(3) }).ToArray());
            var nested = new JsonArray(Hostile.Select((h, i) => (JsonNode)new JsonObject
            {
                ["name"] = "n" + h, ["csharpName"] = "N" + i, ["type"] = "string", ["description"] = Text(i + 1),
            }).ToArray());
            var schemas = spec["schemas"]!.AsArray();
            schemas.Add(new JsonObject { ["name"] = "Nested", ["role"] = "request", ["description"] = Text(4), ["fields"] = nested });
            schemas.Add(new JsonObject
            {
                ["name"] = "Create",
                ["description"] = Text(5),
                ["fields"] = new JsonArray(Hostile.Select((h, i) => (JsonNode)new JsonObject
                {
                    ["name"] = "h" + h, ["csharpName"] = "H" + i, ["in"] = "header", ["type"] = "string", ["description"] = Text(i),
                }).ToArray()),
            });
            var attributes = new JsonArray(Hostile.Select((h, i) => (h, i)).Where(p => !p.h.Contains('/') && !p.h.Contains('~')).Select(p => (JsonNode)new JsonObject
            {
                ["path"] = "/a" + p.h, ["csharpName"] = "A" + p.i, ["type"] = "string", ["operations"] = new JsonArray("add", "replace", "remove"), ["description"] = Text(p.i),
            }).ToArray());
            var operations = spec["operations"]!.AsArray();
            operations.Add(new JsonObject
            {
                ["name"] = "Create", ["method"] = "POST", ["path"] = "/items", ["description"] = Text(6), ["parameters"] = members,
                ["response"] = new JsonObject { ["schema"] = "Create", ["description"] = Text(7) },
            });
            operations.Add(new JsonObject
            {
                ["name"] = "Update", ["method"] = "PATCH", ["path"] = "/items/{id}",
                ["parameters"] = new JsonArray(new JsonObject { ["name"] = "id", ["in"] = "path", ["type"] = "string" }),
                ["requestBody"] = new JsonObject
                {
                    ["kind"] = "jsonPatch", ["description"] = Text(8),
                    ["patch"] = new JsonObject
                    {
                        ["attributes"] = attributes,
                        ["extensions"] = new JsonObject { ["operations"] = new JsonArray("add"), ["pattern"] = "^[a-z]+$", ["description"] = Text(9) },
                    },
                },
                ["response"] = new JsonObject { ["status"] = 204 },
            });
            return spec;
        }

        /// <summary>A spec whose every free-text place, wire name and value holds hostile text.</summary>
        private static JsonObject HostileSpec()
        {
            var fields = new JsonArray(Hostile.Select((h, i) => (JsonNode)new JsonObject
            {
                ["name"] = "f" + h, ["csharpName"] = "F" + i, ["type"] = "string", ["description"] = Text(i), ["remarks"] = Text(i + 1),
            }).ToArray());
            var parameters = new JsonArray(Hostile.Select((h, i) => (JsonNode)new JsonObject
            {
                ["name"] = "q" + h, ["csharpName"] = "P" + i, ["type"] = "string", ["description"] = Text(i), ["default"] = Text(i + 2), ["pattern"] = ".*",
            }).ToArray());
            var spec = Minimal(fields, parameters);
            spec["title"] = Text(1);
            spec["source"] = Text(2);
            spec["client"]!["description"] = Text(3);
            spec["requestIdHeaders"] = new JsonArray(Text(4));
            spec["errorBody"] = new JsonObject { ["codeField"] = "e.\"code\\", ["messageField"] = "e.*/", ["description"] = Text(5) };
            spec["enums"] = new JsonArray(new JsonObject
            {
                ["name"] = "Kind",
                ["description"] = Text(6),
                ["values"] = new JsonArray(Hostile.Select((h, i) => (JsonNode)new JsonObject { ["value"] = h, ["name"] = "V" + i, ["description"] = Text(i) }).ToArray()),
            });
            var operation = spec["operations"]![0]!;
            operation["description"] = Text(7);
            operation["errors"] = new JsonArray(new JsonObject { ["status"] = 400, ["name"] = Text(8), ["description"] = Text(9) });
            operation["rules"] = new JsonArray(new JsonObject
            {
                ["id"] = "r1", ["kind"] = "requires", ["severity"] = "warning", ["parameter"] = "q" + Hostile[0], ["with"] = "q" + Hostile[1],
                ["value"] = Text(10), ["when"] = Text(11), ["message"] = Text(12),
            });
            return spec;
        }

        private static JsonObject Minimal(JsonArray fields, JsonArray parameters) => new()
        {
            ["specVersion"] = "1.0",
            ["namespace"] = Ns,
            ["client"] = new JsonObject { ["name"] = "HostileClient" },
            ["schemas"] = new JsonArray(
                new JsonObject { ["name"] = "Item", ["description"] = Text(13), ["fields"] = fields },
                new JsonObject { ["name"] = "Page", ["fields"] = new JsonArray(new JsonObject { ["name"] = "items", ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object", ["schema"] = "Item" } }) }),
            ["operations"] = new JsonArray(new JsonObject
            {
                ["name"] = "List", ["method"] = "GET", ["path"] = "/items", ["parameters"] = parameters, ["response"] = new JsonObject { ["schema"] = "Page" },
            }),
        };

        /// <summary>Reflection cannot pass a span, so the generated Parse method is called through a delegate.</summary>
        private delegate object SpanParser(ReadOnlySpan<byte> utf8Json);
    }
}
