using System.Net;
using System.Text;

namespace CloudImages.Generators.Tests.Infrastructure
{
    /// <summary>An HttpMessageHandler that answers from a function and records every request.</summary>
    internal sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK, string? requestId = null)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (requestId is not null)
            {
                response.Headers.Add("X-Request-Id", requestId);
            }

            return response;
        }

        public HttpClient Client(string baseAddress = "https://ims.example.test/") => new(this) { BaseAddress = new Uri(baseAddress) };

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Requests.Add(request);
            return Task.FromResult(respond(request));
        }
    }
}
