using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Naming = CloudImages.Generators.Spec.Naming;
using CloudImages.Generators.Tests.Infrastructure;
using CloudImages.Ims;
using CloudImages.Runtime;
using Xunit;
using Xunit.Abstractions;

namespace CloudImages.Generators.Tests.Hardening
{
    /// <summary>A corpus of broken responses: each one parses leniently or raises ApiException, and nothing else.</summary>
    [Collection(nameof(AllocationSensitive))]
    public class HostileResponseTests(ITestOutputHelper output)
    {
        private static readonly string[] ListFixtures = ["list-images-doc-example.json", "list-images-extra-fields.json", "list-images-type-confused.json"];

        private static readonly string[] WrongValues = ["\"text\"", "12", "-1.5e3", "true", "false", "null", "[]", "{}", "[1,\"a\"]", "{\"a\":{}}"];

        [Fact]
        public async Task Every_case_parses_or_raises_the_typed_exception()
        {
            var cases = Corpus().ToList();
            var parsed = 0;
            foreach (var (name, response) in cases)
            {
                var client = new CloudImagesClient(new StubHandler(_ => response()).Client());
                var error = await Record.ExceptionAsync(async () => ReadEverythingKept(await client.ListImagesAsync(new ListImagesQuery())));
                Assert.True(error is null or ApiException, $"{name}: {error}");
                parsed += error is null ? 1 : 0;
            }

            output.WriteLine($"hostile responses: {cases.Count} cases, {parsed} parsed, {cases.Count - parsed} raised ApiException");
            Assert.True(cases.Count > 900);
        }

        [Fact]
        public void Each_field_given_each_wrong_json_type_keeps_the_value()
        {
            var template = JsonNode.Parse(Fixtures.Text("list-images-doc-example.json"))!;
            var checkedCases = 0;
            foreach (var (wire, property) in ImageFields())
            {
                foreach (var value in WrongValues)
                {
                    var document = template.DeepClone();
                    document["images"]![0]![wire] = JsonNode.Parse(value);
                    var image = CloudImagesJson.ParseListImagesResponse(Encoding.UTF8.GetBytes(document.ToJsonString())).Images![0];

                    var typed = property.GetValue(image);
                    var kept = image.AdditionalProperties?.TryGetValue(wire, out var raw) == true && raw.GetRawText() == JsonNode.Parse(value)!.ToJsonString();
                    Assert.True(value == "null" ? typed is null && !kept : typed is not null || kept, $"{wire} = {value}: typed {typed}, kept {kept}");
                    checkedCases++;
                }
            }

            Assert.Equal(55 * WrongValues.Length, checkedCases);
        }

        [Fact]
        public void Nulls_everywhere_read_as_nulls_and_nothing_extra()
        {
            var document = JsonNode.Parse(Fixtures.Text("list-images-doc-example.json"))!;
            var image = (JsonObject)document["images"]![0]!;
            foreach (var (wire, _) in ImageFields())
            {
                image[wire] = null;
            }

            var parsed = CloudImagesJson.ParseListImagesResponse(Encoding.UTF8.GetBytes(document.ToJsonString())).Images![0];

            Assert.All(ImageFields(), f => Assert.Null(f.Property.GetValue(parsed)));
            Assert.Null(parsed.AdditionalProperties);
        }

        [Theory]
        [InlineData("9056976896", 9_056_976_896L, false)]
        [InlineData("9223372036854775807", long.MaxValue, false)]
        [InlineData("9223372036854775808", null, true)]
        [InlineData("1e3", null, true)]
        public void Sizes_read_as_64_bit_and_overflow_is_kept_raw(string size, long? expected, bool kept)
        {
            var image = CloudImagesJson.ParseListImagesResponse(Encoding.UTF8.GetBytes($$"""{"images":[{"size":{{size}}}]}""")).Images![0];

            Assert.Equal(expected, image.Size);
            Assert.Equal(kept, image.AdditionalProperties?.ContainsKey("size") == true);
        }

        [Fact]
        public async Task Ten_megabytes_of_whitespace_are_refused_within_the_configured_bound()
        {
            var body = new ByteArrayContent(Encoding.ASCII.GetBytes(new string(' ', 10 * 1024 * 1024)));
            var client = new CloudImagesClient(new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = body }).Client())
            {
                MaxResponseBytes = 1024 * 1024,
            };

            var before = GC.GetTotalAllocatedBytes(precise: true);
            var error = await Assert.ThrowsAsync<ApiException>(() => client.ListImagesAsync(new ListImagesQuery()));
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

            Assert.Equal(ApiFailureKind.ResponseTooLarge, error.Kind);
            Assert.True(allocated < 4 * 1024 * 1024, $"allocated {allocated} bytes for a 1 MiB bound");
        }

        private static IEnumerable<(string Name, Func<HttpResponseMessage> Response)> Corpus()
        {
            foreach (var fixture in ListFixtures)
            {
                var bytes = Fixtures.Bytes(fixture);
                yield return (fixture, () => Bytes(bytes));
                for (var cut = 0; cut < bytes.Length; cut += 7)
                {
                    var truncated = bytes[..cut];
                    yield return ($"{fixture} cut at {cut}", () => Bytes(truncated));
                }
            }

            var template = JsonNode.Parse(Fixtures.Text("list-images-doc-example.json"))!;
            foreach (var (wire, _) in ImageFields())
            {
                foreach (var value in WrongValues)
                {
                    var document = template.DeepClone();
                    document["images"]![0]![wire] = JsonNode.Parse(value);
                    var text = document.ToJsonString();
                    yield return ($"{wire} = {value}", () => StubHandler.Json(text));
                }
            }

            yield return ("html 502", () => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html><body><h1>502 Bad Gateway</h1></body></html>", Encoding.UTF8, "text/html") });
            yield return ("html 200", () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html></html>", Encoding.UTF8, "text/html") });
            yield return ("empty 200", () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) });
            yield return ("no content", () => new HttpResponseMessage(HttpStatusCode.NoContent));
            yield return ("json as text/plain", () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Fixtures.Text(ListFixtures[0]), Encoding.UTF8, "text/plain") });
            yield return ("bom", () => Bytes([.. Encoding.UTF8.Preamble, .. Fixtures.Bytes(ListFixtures[0])]));
            yield return ("10 MB of whitespace", () => Bytes(Encoding.ASCII.GetBytes(new string(' ', 10 * 1024 * 1024))));
            yield return ("1000 levels", () => StubHandler.Json("{\"images\":" + new string('[', 1000) + new string(']', 1000) + "}"));
            yield return ("1000 levels in an unknown field", () => StubHandler.Json("{\"x\":" + string.Concat(Enumerable.Repeat("{\"a\":", 1000)) + "1" + new string('}', 1000) + "}"));
            yield return ("error body not json", () => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("Bad Request") });
            yield return ("error body of another shape", () => StubHandler.Json("""{"code":400,"error":"IMG.0001"}""", HttpStatusCode.BadRequest));
            yield return ("error body truncated", () => StubHandler.Json("""{"error":{"code":"IMG.00""", HttpStatusCode.BadRequest));
            yield return ("invalid utf-8", () => Bytes([.. "{\"images\":[{\"name\":\""u8, 0xC3, 0x28, .. "\"}]}"u8]));
            yield return ("invalid utf-8 in an unknown field", () => Bytes([.. "{\"images\":[{\"x\":[\""u8, 0xFF, .. "\"]}]}"u8]));
            yield return ("utf-8 of a surrogate", () => Bytes([.. "{\"images\":[{\"id\":\""u8, 0xED, 0xA0, 0x80, .. "\"}]}"u8]));
            yield return ("lone surrogate", () => StubHandler.Json("""{"images":[{"name":"\ud800"}]}"""));
            yield return ("lone surrogate mid-listing", () => StubHandler.Json("""{"images":[{"id":"1"},{"id":"2","x":{"\udc00":1}}]}"""));
            yield return ("lone surrogate in an error body", () => StubHandler.Json("""{"error":{"code":"\ud800","message":"m"}}""", HttpStatusCode.BadRequest));
            yield return ("a name given twice", () => StubHandler.Json("""{"images":[{"size":5,"size":"abc","x":1,"\u0078":2}]}"""));
            yield return ("the items given twice", () => StubHandler.Json("""{"images":[{"id":"1"}],"images":[{"id":"2"}]}"""));
            yield return ("a time without an offset", () => StubHandler.Json("""{"images":[{"created_at":"2018-09-06T14:03:27"}]}"""));
            yield return ("control characters in an error", () => StubHandler.Json("""{"error":{"code":"\r\n","message":"\u001b[2J"}}""", HttpStatusCode.BadRequest));
        }

        /// <summary>Reading back what a response kept never throws either.</summary>
        private static void ReadEverythingKept(ListImagesResponse response)
        {
            foreach (var kept in (response.Images ?? []).Select(i => i.AdditionalProperties).Append(response.AdditionalProperties))
            {
                foreach (var (name, value) in kept ?? new Dictionary<string, JsonElement>())
                {
                    _ = name + value.GetRawText() + (value.ValueKind == JsonValueKind.String ? value.GetString() : "");
                }
            }
        }

        private static HttpResponseMessage Bytes(byte[] body) =>
            new(HttpStatusCode.OK) { Content = new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } } };

        /// <summary>The 53 image fields of the spec, with the generated property of each.</summary>
        private static IEnumerable<(string Wire, PropertyInfo Property)> ImageFields()
        {
            using var spec = JsonDocument.Parse(GeneratorHarness.ImsSpec);
            var image = spec.RootElement.GetProperty("schemas").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Image");
            foreach (var field in image.GetProperty("fields").EnumerateArray())
            {
                var wire = field.GetProperty("name").GetString()!;
                var name = field.TryGetProperty("csharpName", out var explicitName) ? explicitName.GetString()! : Naming.Derive(wire)!;
                yield return (wire, typeof(Image).GetProperty(name)!);
            }
        }
    }

    [CollectionDefinition(nameof(AllocationSensitive), DisableParallelization = true)]
    public class AllocationSensitive
    {
    }
}
