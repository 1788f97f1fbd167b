using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudImages.Ims;
using CloudImages.Tests.Servers;
using Xunit;

namespace CloudImages.Generators.Tests.Hardening
{
    /// <summary>A name given more than once in one object loses nothing: the typed property holds the last value that
    /// fits it, and AdditionalProperties every other value under that name (several as one array, in the order sent).</summary>
    public class DuplicateNameTests
    {
        [Theory]
        [InlineData("""{"size":111,"size":222}""", 222L, "111")]
        [InlineData("""{"size":5,"size":"abc"}""", 5L, "\"abc\"")]
        [InlineData("""{"size":"abc","size":5}""", 5L, "\"abc\"")]
        [InlineData("""{"size":1,"size":2,"size":3}""", 3L, "[1,2]")]
        [InlineData("""{"size":1,"size":"x","size":2}""", 2L, "[1,\"x\"]")]
        [InlineData("""{"size":1,"size":2,"size":"x"}""", 2L, "[1,\"x\"]")]
        [InlineData("""{"size":"a","size":"b"}""", null, "[\"a\",\"b\"]")]
        [InlineData("""{"size":null,"size":7}""", 7L, "null")]
        [InlineData("""{"size":7,"size":null}""", null, "7")]
        [InlineData("""{"size":7,"s\u0069ze":8}""", 8L, "7")]
        [InlineData("""{"\u0073\u0069\u007a\u0065":7,"size":8,"siz\u0065":9}""", 9L, "[7,8]")]
        [InlineData("""{"size":1,"size":[1,2]}""", 1L, "[1,2]")]
        public void A_repeated_number_keeps_the_last_that_fits_and_the_others(string image, long? size, string kept)
        {
            var parsed = ReadImage(image);

            Assert.Equal(size, parsed.Size);
            Assert.Equal(kept, parsed.AdditionalProperties!["size"].GetRawText());
            Assert.Single(parsed.AdditionalProperties);
        }

        [Fact]
        public void Every_kind_of_field_given_twice_keeps_both_values()
        {
            var image = ReadImage("""
                {"name":"a","status":"active","created_at":"2018-09-06T14:03:27Z","tags":["x"],"__isregistered":"true",
                 "__os_feature_list":"{\"a\":1}","protected":true,"min_disk":40,
                 "name":"b","status":"queued","created_at":"2019-01-01 00:00:00","tags":["y","z"],"__isregistered":false,
                 "__os_feature_list":"{\"b\":2}","protected":"False","min_disk":"80"}
                """);

            Assert.Equal(
                ("b", ImageStatus.Queued, new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero), "y|z", false, "{\"b\":2}", false, 80),
                (image.Name, image.Status, image.CreatedAt, string.Join('|', image.Tags!), image.IsRegistered, image.OsFeatureList?.GetRawText(),
                 image.Protected, image.MinDisk));
            var kept = image.AdditionalProperties!;
            Assert.Equal(
                ["\"a\"", "\"active\"", "\"2018-09-06T14:03:27Z\"", "[\"x\"]", "\"true\"", "\"{\\\"a\\\":1}\"", "true", "40"],
                new[] { "name", "status", "created_at", "tags", "__isregistered", "__os_feature_list", "protected", "min_disk" }
                    .Select(name => kept[name].GetRawText()));
            Assert.Equal(8, kept.Count);
        }

        [Fact]
        public void Fields_before_and_after_a_repeat_read_as_without_it()
        {
            // Earlier: a typed value (id), a value kept because it does not fit (min_disk), an unknown name given twice (u).
            var image = ReadImage("""{"id":"i","min_disk":"x","u":1,"u":2,"size":1,"name":"n","size":2,"status":"active","v":3}""");

            Assert.Equal(("i", (int?)null, 2L, "n", ImageStatus.Active), (image.Id, image.MinDisk, image.Size, image.Name, image.Status));
            var kept = image.AdditionalProperties!;
            Assert.Equal(
                ["min_disk=\"x\"", "size=1", "u=[1,2]", "v=3"],
                kept.Select(pair => pair.Key + "=" + pair.Value.GetRawText()).Order(StringComparer.Ordinal));
        }

        [Theory]
        [InlineData("""{"a":1,"a":2}""", "a", "[1,2]")]
        [InlineData("""{"a":1,"\u0061":2}""", "a", "[1,2]")]
        [InlineData("""{"x":{"k":1},"x":{"k":2},"x":[3]}""", "x", """[{"k":1},{"k":2},[3]]""")]
        [InlineData("""{"x":"s","x":null}""", "x", """["s",null]""")]
        public void An_unknown_name_given_twice_keeps_every_value(string image, string name, string kept)
        {
            var parsed = ReadImage(image);

            Assert.Equal(kept, parsed.AdditionalProperties![name].GetRawText());
            Assert.Single(parsed.AdditionalProperties);
        }

        [Fact]
        public void The_items_array_given_twice_keeps_the_earlier_items()
        {
            var page = CloudImagesJson.ParseListImagesResponse("""{"images":[{"id":"1"},{"id":"2"}],"images":[{"id":"3"}]}"""u8);

            Assert.Equal(["3"], page.Images!.Select(i => i.Id));
            Assert.Equal("""[{"id":"1"},{"id":"2"}]""", page.AdditionalProperties!["images"].GetRawText());
        }

        [Fact]
        public void Nested_objects_given_twice_and_with_repeats_inside_keep_everything()
        {
            var response = ServersJson.ParseServerResponse("""
                {"server":{"flavor":{"id":"f1","ram":1,"ram":2},"addresses":[{"addr":"a","addr":"b"}],"flavor":{"id":"f2","vcpus":"2","vcpus":4}}}
                """u8);

            var server = response.Server!;
            Assert.Equal(("f2", 4, (long?)null), (server.Flavor!.Id, server.Flavor.Vcpus, server.Flavor.Ram));
            Assert.Equal("\"2\"", server.Flavor.AdditionalProperties!["vcpus"].GetRawText());
            Assert.Equal("""{"id":"f1","ram":1,"ram":2}""", server.AdditionalProperties!["flavor"].GetRawText());
            Assert.Equal("b", server.Addresses![0].Addr);
            Assert.Equal("\"a\"", server.Addresses[0].AdditionalProperties!["addr"].GetRawText());
        }

        [Fact]
        public void Fifty_thousand_repeats_of_one_name_are_read_in_one_pass()
        {
            var json = new StringBuilder("{\"images\":[{\"id\":\"x\"");
            for (var i = 0; i < 50_000; i++)
            {
                json.Append(",\"size\":").Append(i).Append(",\"u\":").Append(i);
            }

            var image = CloudImagesJson.ParseListImagesResponse(Encoding.UTF8.GetBytes(json.Append("}]}").ToString())).Images![0];

            Assert.Equal(49_999, image.Size);
            Assert.Equal(49_999, image.AdditionalProperties!["size"].GetArrayLength());
            Assert.Equal(50_000, image.AdditionalProperties["u"].GetArrayLength());
            Assert.Equal(49_998, image.AdditionalProperties["size"][49_998].GetInt32());
        }

        [Fact]
        public void Without_repeats_nothing_extra_is_kept()
        {
            var image = ReadImage("""{"id":"i","size":1,"name":"n"}""");

            Assert.Null(image.AdditionalProperties);
        }

        [Fact]
        public void A_schema_of_130_fields_tells_repeats_apart_beyond_the_64th()
        {
            var fields = new JsonArray(Enumerable.Range(0, 130).Select(i => (JsonNode)new JsonObject { ["name"] = "f" + i, ["type"] = "long" }).ToArray());
            var assembly = CompiledSpec.Load(new JsonObject
            {
                ["specVersion"] = "1.0",
                ["namespace"] = "Wide.Api",
                ["client"] = new JsonObject { ["name"] = "WideClient" },
                ["schemas"] = new JsonArray(new JsonObject { ["name"] = "Item", ["fields"] = fields }),
                ["operations"] = new JsonArray(new JsonObject
                {
                    ["name"] = "Get", ["method"] = "GET", ["path"] = "/item", ["response"] = new JsonObject { ["schema"] = "Item" },
                }),
            }.ToJsonString());
            var parse = assembly.GetType("Wide.Api.WideJson")!.GetMethod("ParseItem")!.CreateDelegate<SpanParser>();
            var once = "{" + string.Join(",", Enumerable.Range(0, 130).Select(i => $"\"f{i}\":{i}")) + "}";

            var plain = parse(Encoding.UTF8.GetBytes(once));
            var repeated = parse(Encoding.UTF8.GetBytes(once[..^1] + ",\"f64\":-64,\"f129\":-129,\"f3\":-3}"));

            Assert.Equal(Enumerable.Range(0, 130).Select(i => (long?)i), Enumerable.Range(0, 130).Select(i => (long?)Property(plain, "F" + i)));
            Assert.Null(Property(plain, "AdditionalProperties"));
            Assert.Equal((-64L, -129L, -3L, 63L), ((long)Property(repeated, "F64")!, (long)Property(repeated, "F129")!, (long)Property(repeated, "F3")!, (long)Property(repeated, "F63")!));
            var kept = (IReadOnlyDictionary<string, JsonElement>)Property(repeated, "AdditionalProperties")!;
            Assert.Equal(["f129=129", "f3=3", "f64=64"], kept.Select(p => p.Key + "=" + p.Value.GetRawText()).Order(StringComparer.Ordinal));
        }

        private static object? Property(object item, string name) => item.GetType().GetProperty(name)!.GetValue(item);

        private static Image ReadImage(string json) =>
            CloudImagesJson.ParseListImagesResponse(Encoding.UTF8.GetBytes("{\"images\":[" + json + "]}")).Images![0];

        /// <summary>Reflection cannot pass a span, so the generated Parse method is called through a delegate.</summary>
        private delegate object SpanParser(ReadOnlySpan<byte> utf8Json);
    }
}
