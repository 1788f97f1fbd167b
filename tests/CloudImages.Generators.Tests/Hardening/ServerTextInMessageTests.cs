using System.Net;
using System.Text;
using System.Text.Json;
using CloudImages.Generators.Tests.Infrastructure;
using CloudImages.Ims;
using CloudImages.Runtime;
using Xunit;

namespace CloudImages.Generators.Tests.Hardening
{
    /// <summary>What a server writes reaches ApiException.Message escaped and cut short, so it cannot forge log lines,
    /// drive a terminal or flood a log; the properties keep it exactly as sent.</summary>
    public class ServerTextInMessageTests
    {
        [Theory]
        [InlineData("\r\n", "\\r\\n")]
        [InlineData("\t", "\\t")]
        [InlineData("\u001b[2J\u001b[31m", "\\u001b[2J\\u001b[31m")]
        [InlineData("\0", "\\u0000")]
        [InlineData("\u007f", "\\u007f")]
        [InlineData("\u0085", "\\u0085")]
        [InlineData("\u2028\u2029", "\\u2028\\u2029")]
        [InlineData("\u202e\u2066", "\\u202e\\u2066")]
        [InlineData("\U0001F600 für C:\\temp \"q\"", "\U0001F600 für C:\\temp \"q\"")]
        public void Control_characters_in_code_message_and_request_id_are_escaped(string raw, string escaped)
        {
            var error = new ApiException(
                ApiFailureKind.ErrorStatus, "ListImages", HttpStatusCode.BadRequest, "C" + raw, "M" + raw, "R" + raw, "B" + raw);

            Assert.Equal($"ListImages failed with 400 (BadRequest) C{escaped}: M{escaped} (request id R{escaped})", error.Message);
            Assert.Equal(("C" + raw, "M" + raw, "R" + raw, "B" + raw), (error.ErrorCode, error.ErrorMessage, error.RequestId, error.ResponseBody));
        }

        [Fact]
        public void Lone_surrogates_are_escaped_and_pairs_kept()
        {
            // Built here: xUnit passes theory data through UTF-8, where a lone surrogate does not survive.
            var raw = "a\ud800b\udc00c\ud83d\ude00";

            var error = new ApiException(ApiFailureKind.ErrorStatus, "Op", HttpStatusCode.BadRequest, null, raw, null, null);

            Assert.Equal("Op failed with 400 (BadRequest): a\\ud800b\\udc00c\U0001F600", error.Message);
            Assert.Equal(raw, error.ErrorMessage);
        }

        [Fact]
        public async Task Crlf_and_ansi_escapes_from_the_error_body_and_headers_stay_on_one_line()
        {
            var handler = new StubHandler(_ =>
            {
                var response = StubHandler.Json(
                    """{"error":{"code":"IMG.0001\r\nX-Injected: yes","message":"\u001b[2J\u001b[1;31mdisk wiped\u001b[0m\nINFO fake log line"}}""",
                    HttpStatusCode.BadRequest);
                response.Headers.TryAddWithoutValidation("X-Request-Id", "req-\u001b[8m");
                return response;
            });

            var error = await Assert.ThrowsAsync<ApiException>(() => new CloudImagesClient(handler.Client()).ListImagesAsync(new ListImagesQuery()));

            Assert.Equal(
                "ListImages failed with 400 (BadRequest) IMG.0001\\r\\nX-Injected: yes: \\u001b[2J\\u001b[1;31mdisk wiped\\u001b[0m\\nINFO fake log line"
                + " (request id req-\\u001b[8m)",
                error.Message);
            Assert.Equal("IMG.0001\r\nX-Injected: yes", error.ErrorCode);
            Assert.Equal("\u001b[2J\u001b[1;31mdisk wiped\u001b[0m\nINFO fake log line", error.ErrorMessage);
            Assert.Equal("req-\u001b[8m", error.RequestId);
        }

        [Fact]
        public async Task A_60_kilobyte_message_is_cut_in_the_message_and_whole_in_the_property()
        {
            var text = string.Concat(Enumerable.Repeat("0123456789", 6_000));
            var handler = new StubHandler(_ => StubHandler.Json(
                JsonSerializer.Serialize(new { error = new { code = "IMG.0061", message = text } }), HttpStatusCode.InternalServerError));

            var error = await Assert.ThrowsAsync<ApiException>(() => new CloudImagesClient(handler.Client()).ListImagesAsync(new ListImagesQuery()));

            Assert.Equal(text, error.ErrorMessage);
            Assert.StartsWith("ListImages failed with 500 (InternalServerError) IMG.0061: 0123456789", error.Message, StringComparison.Ordinal);
            Assert.EndsWith("... (60000 characters)", error.Message, StringComparison.Ordinal);
            Assert.InRange(error.Message.Length, 300, 420);
        }

        [Fact]
        public async Task A_900_kilobyte_message_is_past_the_error_body_bound_and_the_code_still_comes_through()
        {
            // Error bodies are read up to 64 KiB: enough for any real code and message, and no more memory than that.
            var text = string.Concat(Enumerable.Repeat("0123456789", 92_160));
            var handler = new StubHandler(_ => StubHandler.Json(
                JsonSerializer.Serialize(new { error = new { code = "IMG.0061", message = text } }), HttpStatusCode.InternalServerError));

            var error = await Assert.ThrowsAsync<ApiException>(() => new CloudImagesClient(handler.Client()).ListImagesAsync(new ListImagesQuery()));

            Assert.Equal("IMG.0061", error.ErrorCode);
            Assert.Null(error.ErrorMessage);
            Assert.StartsWith("ListImages failed with 500 (InternalServerError) IMG.0061", error.Message, StringComparison.Ordinal);
            Assert.True(error.Message.Length < 1_000, $"{error.Message.Length} characters");
        }

        [Theory]
        [InlineData(299)]
        [InlineData(300)]
        [InlineData(301)]
        public void A_cut_never_splits_a_surrogate_pair(int prefix)
        {
            var text = new string('a', prefix) + "\U0001F600" + new string('b', 400);

            var message = new ApiException(ApiFailureKind.ErrorStatus, "Op", HttpStatusCode.BadRequest, null, text, null, null).Message;

            Assert.All(Enumerable.Range(0, message.Length).Where(i => char.IsSurrogate(message[i])), i => Assert.True(IsPaired(message, i)));
            Assert.EndsWith($"... ({text.Length} characters)", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Text_up_to_the_limit_is_not_cut()
        {
            var text = new string('m', 300);

            var error = new ApiException(ApiFailureKind.ErrorStatus, "Op", HttpStatusCode.BadRequest, null, text, null, null);

            Assert.Equal("Op failed with 400 (BadRequest): " + text, error.Message);
        }

        [Fact]
        public async Task An_invalid_body_full_of_control_characters_gives_a_one_line_message()
        {
            var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new ByteArrayContent(Encoding.UTF8.GetBytes("\u001b[2J\r\n{\"images\":[]}")),
            });

            var error = await Assert.ThrowsAsync<ApiException>(() => new CloudImagesClient(handler.Client()).ListImagesAsync(new ListImagesQuery()));

            Assert.Equal(ApiFailureKind.InvalidResponse, error.Kind);
            Assert.DoesNotContain(error.Message, c => char.IsControl(c));
            Assert.StartsWith("\u001b[2J", error.ResponseBody, StringComparison.Ordinal);
        }

        private static bool IsPaired(string text, int index) =>
            char.IsHighSurrogate(text[index]) ? index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            : index > 0 && char.IsHighSurrogate(text[index - 1]);
    }
}
