using CloudImages.Ims;
using Xunit;

namespace CloudImages.Generators.Tests.Client
{
    /// <summary>The reader's fast paths (unescaped bytes, pooled short strings, shared empty arrays) give the same
    /// values as the slow ones.</summary>
    public class ReaderFastPathTests
    {
        [Fact]
        public void Escaped_names_and_values_read_like_plain_ones()
        {
            var image = CloudImagesJson.ParseListImagesResponse("""{"images":[{"\u0069d":"a\u002Db","__isregistered":"Tr\u0075e","min_disk":"4\u0030"}]}"""u8).Images![0];

            Assert.Equal("a-b", image.Id);
            Assert.True(image.IsRegistered);
            Assert.Equal(40, image.MinDisk);
        }

        [Fact]
        public void Repeated_and_non_ascii_values_come_back_equal_on_every_item()
        {
            var json = """{"images":[{"owner":"p1","name":"für","tags":[]},{"owner":"p1","name":"für","tags":["x"]},{"owner":"p2","name":"fur","tags":[]}]}"""u8;

            var images = CloudImagesJson.ParseListImagesResponse(json).Images!;

            Assert.Equal(["p1", "p1", "p2"], images.Select(i => i.Owner));
            Assert.Equal(["für", "für", "fur"], images.Select(i => i.Name));
            Assert.Empty(images[0].Tags!);
            Assert.Equal(["x"], images[1].Tags!);
        }

        [Fact]
        public void Pooled_values_that_differ_only_between_their_first_and_last_eight_bytes_stay_apart()
        {
            // The pool hashes a value's length and its first and last eight bytes, so these share a slot and a hash:
            // only the comparison of their text tells them apart, each time either comes back.
            var json = """
                {"images":[{"owner":"project-A-00000001"},{"owner":"project-B-00000001"},
                  {"owner":"project-A-00000001"},{"owner":"project-B-00000001"}]}
                """u8;

            var images = CloudImagesJson.ParseListImagesResponse(json).Images!;

            Assert.Equal(["project-A-00000001", "project-B-00000001", "project-A-00000001", "project-B-00000001"],
                images.Select(i => i.Owner));
        }

        [Fact]
        public void Ascii_values_short_and_long_read_back_as_sent_and_so_do_those_with_a_non_ascii_letter()
        {
            // Every byte JSON allows unescaped below 0x80, in a value the string pool takes and in one it does not.
            var printable = new string(
                Enumerable.Range(0x20, 0x60).Select(c => (char)c).Where(c => c is not ('"' or '\\')).ToArray());
            var shortText = printable[..40];
            var longText = printable + printable;
            var json = System.Text.Encoding.UTF8.GetBytes($$"""
                {"images":[{"id":"{{shortText}}","name":"{{longText}}",
                  "checksum":"{{longText}}\u00fc","owner":"{{shortText}}é"}]}
                """);

            var image = CloudImagesJson.ParseListImagesResponse(json).Images![0];

            Assert.Equal(shortText, image.Id);
            Assert.Equal(longText, image.Name);
            Assert.Equal(longText + "ü", image.Checksum);
            Assert.Equal(shortText + "é", image.Owner);
        }

        [Fact]
        public void Json_that_strings_repeat_reads_the_same_value_on_every_item_and_other_text_its_own()
        {
            // The second item repeats the first one's text and is served from the cache; the third differs in one
            // byte; the fourth is the first after unescaping; the fifth starts like the first but is not one value.
            var json = """
                {"images":[
                  {"__os_feature_list":"{\"onekey_resetpasswd\": \"true\"}"},
                  {"__os_feature_list":"{\"onekey_resetpasswd\": \"true\"}"},
                  {"__os_feature_list":"{\"onekey_resetpasswd\": \"trux\"}"},
                  {"__os_feature_list":"{\"onekey_resetpasswd\": \"tr\u0075e\"}"},
                  {"__os_feature_list":"{\"onekey_resetpasswd\": \"true\"} x"}
                ]}
                """u8;

            var images = CloudImagesJson.ParseListImagesResponse(json).Images!;

            Assert.Equal(
                ["true", "true", "trux", "true"],
                images.Take(4).Select(i => i.OsFeatureList!.Value.GetProperty("onekey_resetpasswd").GetString()));
            Assert.Null(images[4].OsFeatureList);
            Assert.Equal(
                "{\"onekey_resetpasswd\": \"true\"} x",
                images[4].AdditionalProperties!["__os_feature_list"].GetString());
        }

        [Fact]
        public void Json_that_strings_repeat_reads_alike_on_many_threads_at_once()
        {
            var json = System.Text.Encoding.UTF8.GetBytes(
                "{\"images\":[" + string.Join(",", Enumerable.Range(0, 200).Select(i =>
                    $$"""{"__os_feature_list":"{\"n\": {{i % 7}}}"}""")) + "]}");

            var results = new int[8][];
            Parallel.For(0, results.Length, thread =>
            {
                var images = CloudImagesJson.ParseListImagesResponse(json).Images!;
                results[thread] = images.Select(i => i.OsFeatureList!.Value.GetProperty("n").GetInt32()).ToArray();
            });

            var expected = Enumerable.Range(0, 200).Select(i => i % 7).ToArray();
            Assert.All(results, read => Assert.Equal(expected, read));
        }

        [Theory]
        [InlineData("""{} x""")]
        [InlineData("""   """)]
        public void Json_inside_a_string_with_more_or_less_than_one_value_is_kept_raw(string inner)
        {
            var json = System.Text.Encoding.UTF8.GetBytes($$"""{"images":[{"__os_feature_list":{{System.Text.Json.JsonSerializer.Serialize(inner)}}}]}""");

            var image = CloudImagesJson.ParseListImagesResponse(json).Images![0];

            Assert.Null(image.OsFeatureList);
            Assert.Equal(inner, image.AdditionalProperties!["__os_feature_list"].GetString());
        }

        [Fact]
        public void Kept_values_read_back_whatever_their_kind_and_a_repeated_name_keeps_every_value()
        {
            var json = """{"images":[{"a\u00e9":"x\"y","n":1.5e3,"o":{"k":[1,{"z":null}]},"b":false,"n":2,"__support_xen":"maybe"}]}"""u8;

            var kept = CloudImagesJson.ParseListImagesResponse(json).Images![0].AdditionalProperties!;

            Assert.Equal(5, kept.Count);
            Assert.Equal("x\"y", kept["a\u00e9"].GetString());
            Assert.Equal("[1.5e3,2]", kept["n"].GetRawText());
            Assert.Equal("""{"k":[1,{"z":null}]}""", kept["o"].GetRawText());
            Assert.False(kept["b"].GetBoolean());
            Assert.Equal("maybe", kept["__support_xen"].GetString());
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData("TRUE", true)]
        [InlineData("tRuE", true)]
        [InlineData("False", false)]
        [InlineData("FALSE", false)]
        [InlineData("fAlSe", false)]
        [InlineData("4rue", null)]
        [InlineData("tru", null)]
        [InlineData("truee", null)]
        [InlineData("fals", null)]
        [InlineData("falsy", null)]
        [InlineData("f@lse", null)]
        [InlineData("yes", null)]
        [InlineData("", null)]
        public void Booleans_in_strings_match_true_or_false_in_any_case_and_nothing_else(string text, bool? expected)
        {
            var json = System.Text.Encoding.UTF8.GetBytes($$"""{"images":[{"__isregistered":"{{text}}"}]}""");

            var image = CloudImagesJson.ParseListImagesResponse(json).Images![0];

            Assert.Equal(expected, image.IsRegistered);
            Assert.Equal(expected is null ? text : null, image.AdditionalProperties?["__isregistered"].GetString());
        }

        [Theory]
        [InlineData("2018-09-06T14:03:27Z")]
        [InlineData("2024-02-29T23:59:59Z")]
        [InlineData("2018-09-06T14:03:27.5+02:00")]
        [InlineData("2023-02-29T00:00:00Z")]
        [InlineData("2018-09-06T24:00:00Z")]
        public void Times_read_as_the_general_parser_reads_them(string time)
        {
            var json = System.Text.Encoding.UTF8.GetBytes($$"""{"images":[{"created_at":"{{time}}"}]}""");
            var general = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes($"\"{time}\""));
            general.Read();
            DateTimeOffset? expected = general.TryGetDateTimeOffset(out var parsed) ? parsed : null;

            var image = CloudImagesJson.ParseListImagesResponse(json).Images![0];

            Assert.Equal(expected, image.CreatedAt);
            Assert.Equal(expected?.Offset, image.CreatedAt?.Offset);
            Assert.Equal(expected is null, image.AdditionalProperties?.ContainsKey("created_at") == true);
        }
    }
}
