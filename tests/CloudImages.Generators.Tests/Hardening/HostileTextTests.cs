using System.Net;
using System.Text;
using System.Text.Json;
using CloudImages.Generators.Tests.Infrastructure;
using CloudImages.Ims;
using CloudImages.Runtime;
using CloudImages.Tests.Servers;
using Xunit;
using Xunit.Abstractions;

namespace CloudImages.Generators.Tests.Hardening
{
    /// <summary>Text that no .NET string can hold (invalid UTF-8, an escaped lone surrogate), in every kind of field:
    /// Parse* throws JsonException and the client ApiException (InvalidResponse), never anything else; error bodies lose
    /// only the unreadable code or message; and whatever AdditionalProperties keeps reads back.</summary>
    public class HostileTextTests(ITestOutputHelper output)
    {
        /// <summary>The content of a JSON string (between its quotes), as bytes.</summary>
        private static readonly (string Name, byte[] Content)[] BadTexts =
        [
            ("lone high surrogate", "\\ud800"u8.ToArray()),
            ("lone low surrogate", "\\uDC00"u8.ToArray()),
            ("surrogates reversed", "\\udc00\\ud800"u8.ToArray()),
            ("high surrogate then a letter", "\\ud800\\u0041"u8.ToArray()),
            ("emoji cut after its high half", "ok \\ud83d"u8.ToArray()),
            ("bad continuation byte", [(byte)'a', 0xC3, 0x28]),
            ("byte 0xFF", [0xFF]),
            ("overlong slash", [0xC0, 0xAF]),
            ("UTF-8 of a surrogate", [0xED, 0xA0, 0x80]),
            ("truncated sequence", [(byte)'x', 0xE2, 0x82]),
            ("escape and a bad byte", [(byte)'\\', (byte)'n', 0xC3, 0x28]),
        ];

        /// <summary>Where the text goes: documents in which <c>@</c> stands for a JSON string's content.</summary>
        private static readonly (string Name, string Json, Func<byte[], object> Parse)[] Places =
        [
            ("documented string", """{"images":[{"name":"@"}]}""", Ims),
            ("documented string, long (not pooled)", """{"images":[{"__description":"a description longer than the pool's forty-eight bytes @"}]}""", Ims),
            ("enum", """{"images":[{"status":"@"}]}""", Ims),
            ("enum after a documented value", """{"images":[{"__platform":"Ubuntu@"}]}""", Ims),
            ("time", """{"images":[{"created_at":"@"}]}""", Ims),
            ("time with a date", """{"images":[{"updated_at":"2018-09-06T14:03:27@"}]}""", Ims),
            ("integer as string", """{"images":[{"min_disk":"4@"}]}""", Ims),
            ("long as string", """{"images":[{"__image_size":"@"}]}""", Ims),
            ("boolean as string", """{"images":[{"__isregistered":"tr@"}]}""", Ims),
            ("string for a number field", """{"images":[{"size":"@"}]}""", Ims),
            ("JSON inside a string", """{"images":[{"__os_feature_list":"@"}]}""", Ims),
            ("JSON inside a string, inner value", """{"images":[{"__os_feature_list":"{\"a\":\"@\"}"}]}""", Ims),
            ("unknown field's value", """{"images":[{"deleted_at":"@"}]}""", Ims),
            ("unknown field's name", """{"images":[{"@":1}]}""", Ims),
            ("unknown field, nested value", """{"images":[{"x":{"y":[1,{"z":"@"}]}}]}""", Ims),
            ("unknown field, nested name", """{"images":[{"x":{"@":true}}]}""", Ims),
            ("unknown field, array item", """{"images":[{"x":[1,"@"]}]}""", Ims),
            ("array item", """{"images":[{"tags":["env.prod","@"]}]}""", Ims),
            ("array item of an array that does not fit", """{"images":[{"tags":[1,"@"]}]}""", Ims),
            ("object for a string field", """{"images":[{"name":{"a":"@"}}]}""", Ims),
            ("root's unknown field", """{"@":1,"images":[]}""", Ims),
            ("mid-listing", """{"images":[{"id":"1"},{"id":"2"},{"id":"3","name":"@"},{"id":"4"}]}""", Ims),
            ("nested documented object", """{"server":{"flavor":{"id":"@"}}}""", Servers),
            ("array of objects", """{"server":{"addresses":[{"addr":"10.0.0.1"},{"addr":"@"}]}}""", Servers),
            ("json field", """{"server":{"metadata":{"k":"@"}}}""", Servers),
            ("json field, name", """{"server":{"metadata":{"@":"v"}}}""", Servers),
            ("enum of a second spec", """{"server":{"status":"@"}}""", Servers),
            ("time of a second spec", """{"server":{"OS-SRV-USG:launched_at":"@"}}""", Servers),
            ("integer as string of a second spec", """{"server":{"flavor":{"vcpus":"@"}}}""", Servers),
        ];

        [Fact]
        public void Text_that_is_not_unicode_throws_json_exception_wherever_it_is()
        {
            var failures = new List<string>();
            var cases = 0;
            foreach (var (placeName, json, parse) in Places)
            {
                foreach (var (textName, content) in BadTexts)
                {
                    cases++;
                    var body = Fill(json, content);
                    var error = Record.Exception(() => parse(body));
                    if (error?.GetType() != typeof(JsonException))
                    {
                        failures.Add($"{textName} in {placeName}: {(error is null ? "parsed" : error.GetType().Name + ": " + error.Message)}");
                    }
                }
            }

            output.WriteLine($"{cases} cases, {cases - failures.Count} threw JsonException");
            failures.ForEach(output.WriteLine);
            Assert.Equal(Places.Length * BadTexts.Length, cases);
            Assert.Empty(failures);
        }

        [Fact]
        public async Task The_client_raises_an_invalid_response_for_text_that_is_not_unicode()
        {
            var cases = 0;
            foreach (var (_, json, parse) in Places.Where(p => p.Parse == Ims))
            {
                foreach (var (textName, content) in BadTexts)
                {
                    var body = Fill(json, content);
                    var client = new CloudImagesClient(new StubHandler(_ => Bytes(HttpStatusCode.OK, body)).Client());

                    var error = await Assert.ThrowsAsync<ApiException>(() => client.ListImagesAsync(new ListImagesQuery()));

                    Assert.Equal(ApiFailureKind.InvalidResponse, error.Kind);
                    Assert.IsType<JsonException>(error.InnerException);
                    cases++;
                }
            }

            output.WriteLine($"{cases} responses, each ApiException (InvalidResponse)");
        }

        [Fact]
        public void An_escaped_lone_surrogate_inside_json_inside_a_string_leaves_the_string_raw()
        {
            // The outer string is valid text; only the JSON it holds is not, so it does not fit and is kept as a string.
            var image = CloudImagesJson.ParseListImagesResponse("""{"images":[{"__os_feature_list":"{\"a\":\"\\ud800\"}"}]}"""u8).Images![0];

            Assert.Null(image.OsFeatureList);
            Assert.Equal("{\"a\":\"\\ud800\"}", image.AdditionalProperties!["__os_feature_list"].GetString());
        }

        [Theory]
        [InlineData("\\ud83d\\ude00", "\U0001F600")]
        [InlineData("\\u0000", "\0")]
        [InlineData("\\uFFFF", "\uFFFF")]
        [InlineData("\\u001b[31m", "\u001b[31m")]
        [InlineData("\\u2028\\u202e", "\u2028\u202e")]
        [InlineData("f\\u00fcr", "für")]
        [InlineData("für", "für")]
        public void Unicode_text_kept_in_additional_properties_reads_back(string content, string expected)
        {
            var json = $$"""{"images":[{"{{content}}":"{{content}}","o":{"{{content}}":["{{content}}"]},"size":"{{content}}"}]}""";

            var kept = CloudImagesJson.ParseListImagesResponse(Encoding.UTF8.GetBytes(json)).Images![0].AdditionalProperties!;

            Assert.Equal(new[] { expected, "o", "size" }.Order(StringComparer.Ordinal), kept.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(expected, kept[expected].GetString());
            Assert.Equal(expected, kept["o"].GetProperty(expected)[0].GetString());
            Assert.Equal(expected, kept["size"].GetString());
            Assert.All(kept, pair => Assert.NotEqual(JsonValueKind.Undefined, pair.Value.ValueKind));
        }

        [Fact]
        public async Task An_unreadable_error_code_or_message_is_absent_and_the_other_is_kept()
        {
            var cases = 0;
            foreach (var (textName, content) in BadTexts)
            {
                foreach (var (json, code, message) in new (string, string?, string?)[]
                {
                    ("""{"error":{"code":"@","message":"readable"}}""", null, "readable"),
                    ("""{"error":{"code":"IMG.0001","message":"@"}}""", "IMG.0001", null),
                    ("""{"error_code":"@","error_msg":"readable"}""", null, "readable"),
                    ("""{"@":1,"error":{"code":"IMG.0001","message":"readable"}}""", "IMG.0001", "readable"),
                    ("""{"error":{"@":[],"code":"IMG.0001","message":"readable"}}""", "IMG.0001", "readable"),
                    ("""{"error":{"details":{"x":"@"},"code":"IMG.0001","message":"readable"}}""", "IMG.0001", "readable"),
                })
                {
                    var body = Fill(json, content);
                    var client = new CloudImagesClient(new StubHandler(_ => Bytes(HttpStatusCode.BadRequest, body)).Client());

                    var error = await Assert.ThrowsAsync<ApiException>(() => client.ListImagesAsync(new ListImagesQuery()));

                    Assert.True(
                        (code, message) == (error.ErrorCode, error.ErrorMessage),
                        $"{textName} in {json}: code {error.ErrorCode}, message {error.ErrorMessage}");
                    Assert.Equal(ApiFailureKind.ErrorStatus, error.Kind);
                    cases++;
                }
            }

            output.WriteLine($"{cases} error bodies, each ApiException (ErrorStatus) with the readable parts");
        }

        private static object Ims(byte[] body) => CloudImagesJson.ParseListImagesResponse(body);

        private static object Servers(byte[] body) => ServersJson.ParseServerResponse(body);

        private static byte[] Fill(string json, byte[] content)
        {
            var at = json.IndexOf('@', StringComparison.Ordinal);
            return [.. Encoding.UTF8.GetBytes(json[..at]), .. content, .. Encoding.UTF8.GetBytes(json[(at + 1)..])];
        }

        private static HttpResponseMessage Bytes(HttpStatusCode status, byte[] body) =>
            new(status) { Content = new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } } };
    }
}
