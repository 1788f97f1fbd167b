using System.Net;
using CloudImages.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CloudImages.EndToEnd.Tests
{
    public sealed class ResponseBufferingTests
    {
        [Theory]
        [InlineData(1 << 20)]
        [InlineData(100)]
        public async Task The_body_and_its_headers_arrive_unchanged_below_and_above_the_limit(int limit)
        {
            var body = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray();
            using var invoker = new HttpMessageInvoker(new ResponseBufferingHandler(limit) { InnerHandler = new FixedResponse(body) });

            using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://example.com/"), CancellationToken.None);

            Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }

        [Fact]
        public void Setting_a_token_and_an_AK_SK_pair_together_is_refused()
        {
            var error = Assert.Throws<InvalidOperationException>(() => TestClient.Create(new Uri("http://127.0.0.1/"), o =>
            {
                Credentials.For("token")(o);
                Credentials.For("aksk")(o);
            }));

            Assert.Contains("not both", error.Message, StringComparison.Ordinal);
        }

        private sealed class FixedResponse(byte[] body) : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var content = new StreamContent(new MemoryStream(body));
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
            }
        }
    }
}
