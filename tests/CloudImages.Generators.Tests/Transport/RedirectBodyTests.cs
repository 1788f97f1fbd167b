using System.Net;
using System.Text;
using CloudImages.Runtime;
using Xunit;
using static CloudImages.Generators.Tests.Transport.TransportFixture;

namespace CloudImages.Generators.Tests.Transport
{
    /// <summary>Redirects keep or drop the body as HTTP says: 307 and 308 send it again, 303 turns into a GET without it.</summary>
    public class RedirectBodyTests
    {
        private static readonly Draft Body = new("redirected", 7);

        [Theory]
        [InlineData(HttpStatusCode.TemporaryRedirect)]
        [InlineData(HttpStatusCode.PermanentRedirect)]
        public async Task A_307_or_308_sends_the_json_body_again_with_the_same_method(HttpStatusCode status)
        {
            var handler = new RecordingHandler((n, _) => n == 0 ? Redirect(status, "/v2/moved") : Json("""{"id":"after"}"""));

            var created = await Send(handler, HttpMethod.Post, ApiContent.Json(Body, WriteDraft, "application/json"));

            Assert.Equal("after", created.Id);
            Assert.Equal(2, handler.Requests.Count);
            Assert.All(handler.Requests, sent =>
            {
                Assert.Equal(HttpMethod.Post, sent.Method);
                Assert.Equal(DraftJson(Body), Encoding.UTF8.GetString(sent.Body!));
                Assert.Equal(sent.Body!.Length, sent.ContentLength);
                Assert.Equal("application/json", sent.ContentType);
            });
            Assert.Equal("/v2/moved", handler.Requests[1].Uri.AbsolutePath);
        }

        [Fact]
        public async Task A_body_survives_a_framework_that_disposes_it_once_sent()
        {
            // .NET Framework's HttpClient disposes a request's content after sending it.
            var handler = new RecordingHandler((n, _) => n == 0 ? Redirect(HttpStatusCode.TemporaryRedirect, "/v2/moved") : Json("""{"id":"after"}"""))
            {
                DisposeContentAfterRead = true,
            };

            await Send(handler, HttpMethod.Put, ApiContent.Json(Body, WriteDraft, "application/json"));

            Assert.Equal(DraftJson(Body), Encoding.UTF8.GetString(handler.Requests[1].Body!));
        }

        [Fact]
        public async Task A_307_sends_a_seekable_stream_again_from_where_it_started()
        {
            var bytes = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray();
            var source = new MemoryStream(bytes) { Position = 10 };
            var handler = new RecordingHandler((n, _) => n < 2 ? Redirect(HttpStatusCode.TemporaryRedirect, $"/v2/hop{n}") : Json("""{"id":"up"}"""));

            await Send(handler, HttpMethod.Put, ApiContent.Binary(source, "application/octet-stream"));

            Assert.Equal(3, handler.Requests.Count);
            Assert.All(handler.Requests, sent =>
            {
                Assert.Equal(HttpMethod.Put, sent.Method);
                Assert.Equal(bytes[10..], sent.Body);
                Assert.Equal(bytes.Length - 10, sent.ContentLength);
            });
        }

        [Fact]
        public async Task A_307_that_would_send_a_read_stream_that_cannot_seek_again_is_refused()
        {
            var source = new CountingStream(10_000);
            var handler = new RecordingHandler((_, _) =>
            {
                var response = Redirect(HttpStatusCode.TemporaryRedirect, "/v2/moved");
                response.Headers.Add("X-Request-Id", "req-307");
                return response;
            });

            var error = await Assert.ThrowsAsync<ApiException>(() => Send(handler, HttpMethod.Put, ApiContent.Binary(source, "application/octet-stream")));

            Assert.Equal(ApiFailureKind.RedirectRefused, error.Kind);
            Assert.Equal(HttpStatusCode.TemporaryRedirect, error.StatusCode);
            Assert.Equal("req-307", error.RequestId);
            Assert.Contains("cannot seek", error.Message, StringComparison.Ordinal);
            Assert.Single(handler.Requests);
            Assert.False(source.Disposed);
        }

        [Fact]
        public async Task A_303_is_followed_with_a_get_without_the_body()
        {
            var handler = new RecordingHandler((n, _) => n == 0 ? Redirect(HttpStatusCode.SeeOther, "/v2/result") : Json("""{"id":"seen"}"""));

            var created = await Send(handler, HttpMethod.Post, ApiContent.Json(Body, WriteDraft, "application/json"));

            Assert.Equal("seen", created.Id);
            Assert.Equal(HttpMethod.Post, handler.Requests[0].Method);
            Assert.NotNull(handler.Requests[0].Body);
            Assert.Equal(HttpMethod.Get, handler.Requests[1].Method);
            Assert.Null(handler.Requests[1].Body);
            Assert.Null(handler.Requests[1].ContentType);
        }

        [Fact]
        public async Task A_303_after_a_stream_that_cannot_seek_is_followed_since_the_body_is_not_sent_again()
        {
            var handler = new RecordingHandler((n, _) => n == 0 ? Redirect(HttpStatusCode.SeeOther, "/v2/result") : Json("""{"id":"seen"}"""));

            var created = await Send(handler, HttpMethod.Put, ApiContent.Binary(new CountingStream(100), "application/octet-stream"));

            Assert.Equal("seen", created.Id);
            Assert.Equal(HttpMethod.Get, handler.Requests[1].Method);
            Assert.Null(handler.Requests[1].Body);
        }

        [Theory]
        [InlineData("POST", "GET", false)]
        [InlineData("PUT", "PUT", true)]
        [InlineData("PATCH", "PATCH", true)]
        [InlineData("DELETE", "DELETE", true)]
        public async Task A_302_turns_only_a_post_into_a_get(string method, string followedWith, bool keepsBody)
        {
            var handler = new RecordingHandler((n, _) => n == 0 ? Redirect(HttpStatusCode.Found, "/v2/moved") : Json("""{"id":"x"}"""));

            await Send(handler, ApiTransport.Method(method), ApiContent.Json(Body, WriteDraft, "application/json"));

            Assert.Equal(followedWith, handler.Requests[1].Method.Method);
            Assert.Equal(keepsBody, handler.Requests[1].Body is not null);
        }

        [Fact]
        public async Task A_redirect_elsewhere_with_a_body_is_refused_as_before()
        {
            var handler = new RecordingHandler((_, _) => Redirect(HttpStatusCode.TemporaryRedirect, "https://attacker.example/steal"));

            var error = await Assert.ThrowsAsync<ApiException>(() => Send(handler, HttpMethod.Post, ApiContent.Json(Body, WriteDraft, "application/json")));

            Assert.Equal(ApiFailureKind.RedirectRefused, error.Kind);
            Assert.Single(handler.Requests);
        }

        private static Task<Created> Send(RecordingHandler handler, HttpMethod method, HttpContent content) =>
            ApiTransport.SendAsync(handler.Client(), method, ImagesUri, content, Operation, CreatedReader, ApiTransport.DefaultMaxResponseBytes, CancellationToken.None);
    }
}
