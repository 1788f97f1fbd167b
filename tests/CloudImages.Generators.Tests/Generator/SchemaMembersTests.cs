using System.Reflection;
using System.Text.Json;
using CloudImages.Generators.Spec;
using Xunit;
using ApiRuleField = CloudImages.Generators.Shared.ApiRuleField;
using ApiRuleFieldShape = CloudImages.Generators.Shared.ApiRuleFieldShape;
using SharedRule = CloudImages.Generators.Shared.ApiRule;
using WireFormats = CloudImages.Generators.Shared.WireFormats;

namespace CloudImages.Generators.Tests.Generator
{
    /// <summary>spec/cloud-api.schema.json, which editors check specs against, allows exactly what the reader accepts:
    /// object by object and member by member, and for a rule also each member's type, values and presence.</summary>
    public sealed class SchemaMembersTests
    {
        /// <summary>Each object of the schema (a JSON pointer) and the reader's members for it.</summary>
        private static readonly Dictionary<string, string[]> Objects = new()
        {
            [""] = SpecMembers.Root,
            ["/properties/client"] = SpecMembers.Client,
            ["/properties/auth"] = SpecMembers.Auth,
            ["/properties/errorBody"] = SpecMembers.ErrorBody,
            ["/properties/clientParameters/items"] = SpecMembers.ClientParameter,
            ["/$defs/enum"] = SpecMembers.Enum,
            ["/$defs/enum/properties/values/items"] = SpecMembers.EnumValue,
            ["/$defs/typeRef"] = SpecMembers.Type,
            ["/$defs/field"] = SpecMembers.Field,
            ["/$defs/schema"] = SpecMembers.Schema,
            ["/$defs/parameter"] = SpecMembers.Parameter,
            ["/$defs/deviation"] = SpecMembers.Deviation,
            ["/$defs/deviation/properties/documented"] = SpecMembers.DocumentedReading,
            ["/$defs/operation"] = SpecMembers.Operation,
            ["/$defs/operation/properties/response"] = SpecMembers.Response,
            ["/$defs/operation/properties/errors/items"] = SpecMembers.Error,
            ["/$defs/operation/properties/pagination"] = SpecMembers.Pagination,
            ["/$defs/operation/properties/requestBody"] = SpecMembers.RequestBody,
            ["/$defs/operation/properties/requestBody/properties/patch"] = SpecMembers.Patch,
            ["/$defs/operation/properties/requestBody/properties/patch/properties/extensions"] = SpecMembers.PatchExtensions,
            ["/$defs/patchAttribute"] = SpecMembers.PatchAttribute,
            ["/$defs/operation/properties/job"] = SpecMembers.Job,
            ["/$defs/operation/properties/jobStatus"] = SpecMembers.JobStatus,
            ["/$defs/operation/properties/constraints/items"] = SpecMembers.Constraint,
            ["/$defs/rule"] = SpecMembers.Rule,
        };

        private static readonly Lazy<JsonDocument> Schema = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(
            typeof(SchemaMembersTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!,
            "spec",
            "cloud-api.schema.json"))));

        public static TheoryData<string> Pointers() => new(Objects.Keys);

        [Theory]
        [MemberData(nameof(Pointers))]
        public void The_schema_object_allows_exactly_the_members_the_reader_accepts(string pointer)
        {
            Assert.Equal(Objects[pointer].Order(StringComparer.Ordinal), Members(Resolve(pointer)).Keys.Order(StringComparer.Ordinal));
        }

        [Fact]
        public void Every_object_of_the_schema_and_every_member_list_of_the_reader_is_compared()
        {
            var schemaObjects = new List<string>();
            Walk(Schema.Value.RootElement, "", schemaObjects);
            Assert.Equal(Objects.Keys.Order(StringComparer.Ordinal), schemaObjects.Order(StringComparer.Ordinal));

            var lists = typeof(SpecMembers).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string[])f.GetValue(null)!);
            Assert.All(lists, list => Assert.Contains(Objects.Values, compared => ReferenceEquals(compared, list)));
        }

        [Fact]
        public void The_schema_closes_every_object_it_describes()
        {
            foreach (var pointer in Objects.Keys.Where(p => p != "/$defs/typeRef"))
            {
                var element = Resolve(pointer);
                var closed = element.TryGetProperty("additionalProperties", out var additional)
                    || element.TryGetProperty("unevaluatedProperties", out additional);
                Assert.True(closed && additional.ValueKind == JsonValueKind.False, pointer + " lets unknown members through");
            }
        }

        [Fact]
        public void A_rule_requires_exactly_the_constructor_arguments()
        {
            var required = Resolve("/$defs/rule").GetProperty("required").EnumerateArray().Select(e => e.GetString()!);
            Assert.Equal(
                SharedRule.Fields.Where(f => f.Required).Select(f => f.Member).Order(StringComparer.Ordinal),
                required.Order(StringComparer.Ordinal));
        }

        [Fact]
        public void Each_rule_member_has_the_type_of_its_field()
        {
            var members = Members(Resolve("/$defs/rule"));
            Assert.All(SharedRule.Fields, field =>
            {
                var member = Follow(members[field.Member]);
                switch (field.Shape)
                {
                    case ApiRuleFieldShape.Number:
                        Assert.Equal("number", member.GetProperty("type").GetString());
                        break;
                    case ApiRuleFieldShape.Enum:
                        Assert.Equal(
                            SpecNames(field).Order(StringComparer.Ordinal),
                            member.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
                        break;
                    case ApiRuleFieldShape.Texts:
                        var forms = member.GetProperty("oneOf").EnumerateArray().Select(Follow).ToList();
                        Assert.Contains(forms, f => IsText(f, field.AllowsEmpty));
                        Assert.Contains(forms, f => f.GetProperty("type").GetString() == "array"
                            && f.GetProperty("minItems").GetInt32() == 1
                            && IsText(Follow(f.GetProperty("items")), field.AllowsEmpty));
                        break;
                    default:
                        Assert.True(IsText(member, field.AllowsEmpty), field.Member + " is not a string of the right kind");
                        break;
                }
            });
        }

        [Fact]
        public void A_rule_format_is_one_the_reader_knows()
        {
            var formats = Resolve("/$defs/rule/properties/format").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();
            Assert.All(formats, f => Assert.True(WireFormats.IsKnownFormat(f), f));
            Assert.Equal(new[] { WireFormats.KeyValue, WireFormats.TimeFilter }, formats.Order(StringComparer.Ordinal));
        }

        /// <summary>A string; one that may be empty only when the field allows it.</summary>
        private static bool IsText(JsonElement element, bool allowsEmpty)
        {
            if (element.TryGetProperty("enum", out var values))
            {
                return values.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0) && !allowsEmpty;
            }

            // The schema's patterns all need a first character.
            var nonEmpty = (element.TryGetProperty("minLength", out var min) && min.GetInt32() >= 1) || element.TryGetProperty("pattern", out _);
            return element.GetProperty("type").GetString() == "string" && nonEmpty != allowsEmpty;
        }

        private static IEnumerable<string> SpecNames(ApiRuleField field) =>
            Enum.GetNames(field.EnumType!).Select(n => char.ToLowerInvariant(n[0]) + n[1..]);

        /// <summary>An object's members, with those it takes from <c>allOf</c>.</summary>
        private static Dictionary<string, JsonElement> Members(JsonElement element)
        {
            var members = new Dictionary<string, JsonElement>();
            if (element.TryGetProperty("allOf", out var parts))
            {
                foreach (var part in parts.EnumerateArray())
                {
                    foreach (var (name, value) in Members(Follow(part)))
                    {
                        members[name] = value;
                    }
                }
            }

            foreach (var property in element.GetProperty("properties").EnumerateObject())
            {
                members[property.Name] = property.Value;
            }

            return members;
        }

        /// <summary>Every object the schema describes by its own properties, by pointer.</summary>
        private static void Walk(JsonElement element, string pointer, List<string> objects)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{pointer}/{i++}", objects);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("properties", out _))
                {
                    objects.Add(pointer);
                }

                // if/then/else refine the object they sit in (a request schema's fields are parameters): not objects of their own.
                foreach (var property in element.EnumerateObject().Where(p => p.Name is not ("if" or "then" or "else")))
                {
                    Walk(property.Value, $"{pointer}/{property.Name}", objects);
                }
            }
        }

        private static JsonElement Follow(JsonElement element) =>
            element.TryGetProperty("$ref", out var reference) ? Resolve(reference.GetString()!.TrimStart('#')) : element;

        private static JsonElement Resolve(string pointer)
        {
            var element = Schema.Value.RootElement;
            foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                element = element.GetProperty(part);
            }

            return element;
        }
    }
}
