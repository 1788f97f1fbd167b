using System.Net;
using System.Text.Json;
using CloudImages.Runtime;
using Xunit;
using static CloudImages.Generators.Tests.Transport.TransportFixture;

namespace CloudImages.Generators.Tests.Transport
{
    /// <summary>ApiContent.Json sends exactly what the body writer wrote, with a known length, from pooled memory.</summary>
    public class JsonBodyTests
    {
        [Fact]
        public async Task The_body_is_the_written_bytes_with_the_given_content_type_and_length()
        {
            var handler = new RecordingHandler((_, _) => Json("""{"id":"img-1"}""", HttpStatusCode.OK));
            var draft = new Draft("ubuntu-ü", 40);

            var created = await ApiTransport.SendAsync(
                handler.Client(), HttpMethod.Post, ImagesUri, ApiContent.Json(draft, WriteDraft, "application/json"),
                Operation, CreatedReader, ApiTransport.DefaultMaxResponseBytes, CancellationToken.None);

            Assert.Equal("img-1", created.Id);
            var sent = Assert.Single(handler.Requests);
            var expected = Written(draft);
            Assert.Equal(expected, sent.Body);
            Assert.Equal("application/json", sent.ContentType); // no charset added
            Assert.Equal(expected.Length, sent.ContentLength);
            Assert.Equal(HttpMethod.Post, sent.Method);
        }

        [Fact]
        public async Task The_media_type_is_sent_as_given_parameters_included()
        {
            var patch = ApiContent.Json(new Draft("a", 1), WriteDraft, "application/openstack-images-v2.1-json-patch");
            var withCharset = ApiContent.Json(new Draft("a", 1), WriteDraft, "application/json; charset=utf-8");

            Assert.Equal("application/openstack-images-v2.1-json-patch", patch.Headers.ContentType!.ToString());
            Assert.Equal("application/json; charset=utf-8", withCharset.Headers.ContentType!.ToString());
            Assert.Equal(DraftJson(new Draft("a", 1)), await patch.ReadAsStringAsync());
        }

        [Fact]
        public async Task Each_body_is_its_own_after_earlier_ones_returned_their_memory()
        {
            var handler = new RecordingHandler((_, _) => Json("""{"id":"x"}"""));
            var client = handler.Client();
            var first = new Draft(new string('l', 5000), 1);
            var second = new Draft("short", 2);

            foreach (var draft in new[] { first, second, first })
            {
                await ApiTransport.SendAsync(
                    client, HttpMethod.Post, ImagesUri, ApiContent.Json(draft, WriteDraft, "application/json"),
                    Operation, CreatedReader, ApiTransport.DefaultMaxResponseBytes, CancellationToken.None);
            }

            // The short body after the long one carries none of the long one's bytes.
            Assert.Equal([Written(first), Written(second), Written(first)], handler.Requests.Select(r => r.Body));
            Assert.Equal([Written(first).Length, Written(second).Length, Written(first).Length], handler.Requests.Select(r => r.ContentLength));
        }

        [Fact]
        public async Task A_content_the_call_has_disposed_is_not_sent_again()
        {
            var handler = new RecordingHandler((_, _) => Json("""{"id":"x"}"""));
            var content = ApiContent.Json(new Draft("a", 1), WriteDraft, "application/json");

            await ApiTransport.SendAsync(
                handler.Client(), HttpMethod.Post, ImagesUri, content, Operation, CreatedReader, ApiTransport.DefaultMaxResponseBytes, CancellationToken.None);

            await Assert.ThrowsAsync<ObjectDisposedException>(() => content.ReadAsByteArrayAsync());
            await Assert.ThrowsAsync<ObjectDisposedException>(() => content.CopyToAsync(new MemoryStream()));
        }

        [Fact]
        public async Task A_content_is_disposed_even_when_the_call_fails_before_sending()
        {
            var content = ApiContent.Json(new Draft("a", 1), WriteDraft, "application/json");

            await Assert.ThrowsAsync<ArgumentNullException>(() => ApiTransport.SendAsync<Created>(
                new RecordingHandler((_, _) => Json("{}")).Client(), HttpMethod.Post, ImagesUri, content, Operation,
                null!, ApiTransport.DefaultMaxResponseBytes, CancellationToken.None));

            await Assert.ThrowsAsync<ObjectDisposedException>(() => content.ReadAsByteArrayAsync());
        }

        [Fact]
        public async Task A_writer_that_fails_leaves_the_next_body_intact()
        {
            var failure = Assert.Throws<FormatException>(() => ApiContent.Json(0, (writer, _) =>
            {
                writer.WriteStartObject();
                writer.WriteString("half", "written");
                throw new FormatException("stop");
            }, "application/json"));
            Assert.Equal("stop", failure.Message);

            using var next = ApiContent.Json(new Draft("b", 2), WriteDraft, "application/json");

            Assert.Equal(DraftJson(new Draft("b", 2)), await next.ReadAsStringAsync());
        }

        [Fact]
        public async Task A_writer_may_make_a_body_of_its_own_while_writing()
        {
            using var outer = ApiContent.Json(new Draft("outer", 1), (writer, draft) =>
            {
                using var inner = ApiContent.Json(new Draft("inner", 2), WriteDraft, "application/json");
                WriteDraft(writer, draft);
            }, "application/json");

            Assert.Equal(DraftJson(new Draft("outer", 1)), await outer.ReadAsStringAsync());
        }

        [Fact]
        public void A_writer_that_writes_nothing_or_half_a_value_is_refused()
        {
            var nothing = Assert.Throws<InvalidOperationException>(() => ApiContent.Json(0, (_, _) => { }, "application/json"));
            var half = Assert.Throws<InvalidOperationException>(() => ApiContent.Json(0, (writer, _) => writer.WriteStartArray(), "application/json"));

            Assert.Contains("nothing", nothing.Message, StringComparison.Ordinal);
            Assert.Contains("incomplete", half.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_media_type_that_is_none_is_refused()
        {
            var error = Assert.Throws<ArgumentException>(() => ApiContent.Json(0, (writer, _) => writer.WriteNullValue(), "not a\nmedia type"));

            Assert.Equal("mediaType", error.ParamName);
            Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_large_body_grows_its_buffer_and_keeps_every_byte()
        {
            var names = Enumerable.Range(0, 20_000).Select(i => $"name-{i}").ToArray();

            using var content = ApiContent.Json(names, (writer, values) =>
            {
                writer.WriteStartArray();
                foreach (var value in values)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
            }, "application/json");

            var expected = JsonSerializer.SerializeToUtf8Bytes(names);
            Assert.Equal(expected.Length, content.Headers.ContentLength);
            Assert.Equal(expected, await content.ReadAsByteArrayAsync());
        }

        private static byte[] Written(Draft draft)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                WriteDraft(writer, draft);
            }

            return stream.ToArray();
        }
    }
}
