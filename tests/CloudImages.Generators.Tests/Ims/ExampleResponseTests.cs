using System.Collections;
using System.Globalization;
using System.Text.Json;
using CloudImages.Generators.Model;
using CloudImages.Generators.Spec;
using CloudImages.Ims;
using Xunit;

namespace CloudImages.Generators.Tests.Ims
{
    /// <summary>Every example response of the IMS pages (spec/ims/examples) read by the generated reader of its
    /// operation: each value of the example is found again, in the typed property of its field (equal, as the wire
    /// writes it) or, when the type cannot hold it or the field is not documented, in AdditionalProperties.</summary>
    public class ExampleResponseTests
    {
        private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Specs", "ims");

        private delegate object Parse(ReadOnlySpan<byte> utf8Json);

        /// <summary>Read once for every example.</summary>
        private static readonly Lazy<Dictionary<string, SchemaSpec>> Schemas = new(AllSchemas);

        public static TheoryData<string> Examples() => new(System.IO.Directory
            .GetFiles(Path.Combine(Directory, "examples"), "*.example-response-*.json")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!);

        [Theory]
        [MemberData(nameof(Examples))]
        public void Every_value_of_the_example_is_in_a_typed_property_or_kept(string example)
        {
            var specFile = example.Substring(0, example.IndexOf(".example-", StringComparison.Ordinal)) + ".cloud-api.json";
            var spec = Read(specFile);
            var operation = Assert.Single(spec.Operations);
            Assert.True(operation.ResponseTypeName is not null, $"{specFile} documents an example response but no response schema");
            var bytes = File.ReadAllBytes(Path.Combine(Directory, "examples", example));
            var method = typeof(CloudImagesJson).GetMethod("Parse" + operation.ResponseTypeName, new[] { typeof(ReadOnlySpan<byte>) })
                ?? throw new InvalidOperationException("no reader for " + operation.ResponseTypeName);
            var parsed = ((Parse)Delegate.CreateDelegate(typeof(Parse), method))(bytes);

            var schemas = Schemas.Value;
            var problems = new List<string>();
            using var document = JsonDocument.Parse(bytes);
            Compare(document.RootElement, parsed, "$", schemas, problems);

            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        }

        [Fact]
        public void The_check_finds_a_value_that_was_read_wrongly_or_dropped()
        {
            using var document = JsonDocument.Parse("""{"id": "a", "min_disk": 40, "owner": "o", "__support_amd": "true", "extra": 1}""");
            var wrong = new Image { Id = "b", MinDisk = 40, SupportAmd = true };
            var problems = new List<string>();

            Compare(document.RootElement, wrong, "$", Schemas.Value, problems);

            Assert.Equal(
                new[] { "$.id: \"a\" read as b", "$.owner: \"o\" is neither typed nor kept", "$.extra: 1 is neither typed nor kept" },
                problems);
        }

        private static void Compare(JsonElement json, object value, string path, Dictionary<string, SchemaSpec> schemas, List<string> problems)
        {
            if (!schemas.TryGetValue(value.GetType().Name, out var schema))
            {
                problems.Add($"{path}: {value.GetType().Name} is not a schema of the IMS specs");
                return;
            }

            var kept = (IReadOnlyDictionary<string, JsonElement>?)value.GetType().GetProperty("AdditionalProperties")!.GetValue(value);
            foreach (var member in json.EnumerateObject())
            {
                var at = path + "." + member.Name;
                var field = schema.Fields.FirstOrDefault(f => f.WireName == member.Name && f.Header is null);
                var typed = field is null ? null : value.GetType().GetProperty(field.PropertyName)!.GetValue(value);
                if (typed is null)
                {
                    if (member.Value.ValueKind == JsonValueKind.Null && field is not null)
                    {
                        continue;
                    }

                    if (kept is null || !kept.TryGetValue(member.Name, out var raw) || raw.GetRawText() != member.Value.GetRawText())
                    {
                        problems.Add($"{at}: {member.Value.GetRawText()} is neither typed nor kept");
                    }
                }
                else
                {
                    Same(member.Value, typed, at, schemas, problems);
                }
            }
        }

        private static void Same(JsonElement json, object typed, string path, Dictionary<string, SchemaSpec> schemas, List<string> problems)
        {
            switch (typed)
            {
                case JsonElement element:
                    if (element.GetRawText() != json.GetRawText())
                    {
                        problems.Add($"{path}: JSON {json.GetRawText()} read as {element.GetRawText()}");
                    }

                    break;
                case string or bool or int or long or double or decimal or DateTimeOffset or CloudImages.Runtime.IApiEnum:
                    if (!SameScalar(json, typed))
                    {
                        problems.Add($"{path}: {json.GetRawText()} read as {typed}");
                    }

                    break;
                case IEnumerable items when json.ValueKind == JsonValueKind.Array:
                    var list = items.Cast<object?>().ToList();
                    var elements = json.EnumerateArray().ToList();
                    if (list.Count != elements.Count)
                    {
                        problems.Add($"{path}: {elements.Count} items read as {list.Count}");
                        break;
                    }

                    for (var i = 0; i < list.Count; i++)
                    {
                        if (list[i] is { } item)
                        {
                            Same(elements[i], item, $"{path}[{i}]", schemas, problems);
                        }
                        else if (elements[i].ValueKind != JsonValueKind.Null)
                        {
                            problems.Add($"{path}[{i}]: {elements[i].GetRawText()} read as null");
                        }
                    }

                    break;
                default:
                    if (json.ValueKind != JsonValueKind.Object)
                    {
                        problems.Add($"{path}: {json.GetRawText()} read as {typed.GetType().Name}");
                        break;
                    }

                    Compare(json, typed, path, schemas, problems);
                    break;
            }
        }

        /// <summary>Equal as the wire writes it: a string holding "true" or "2048" equals the boolean or number read from it.</summary>
        private static bool SameScalar(JsonElement json, object typed)
        {
            var text = json.ValueKind == JsonValueKind.String ? json.GetString()! : json.GetRawText();
            return typed switch
            {
                bool b => string.Equals(text, b ? "true" : "false", StringComparison.OrdinalIgnoreCase),
                int or long or double or decimal => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    && number == Convert.ToDecimal(typed, CultureInfo.InvariantCulture),
                DateTimeOffset time => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    && parsed == time,
                _ => text == typed.ToString(),
            };
        }

        private static ApiSpec Read(string specFile)
        {
            var path = Path.Combine(Directory, specFile);
            var result = SpecReader.Read(new SpecInput(path, File.ReadAllText(path), null, null, null), default);
            return result.Spec ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        /// <summary>Every schema of every IMS spec, by C# name (a shared one is declared alike in each).</summary>
        private static Dictionary<string, SchemaSpec> AllSchemas()
        {
            var result = new Dictionary<string, SchemaSpec>(StringComparer.Ordinal);
            foreach (var file in System.IO.Directory.GetFiles(Directory, "*.cloud-api.json"))
            {
                foreach (var schema in Read(Path.GetFileName(file)).Schemas)
                {
                    result.TryAdd(schema.TypeName, schema);
                }
            }

            return result;
        }
    }
}
