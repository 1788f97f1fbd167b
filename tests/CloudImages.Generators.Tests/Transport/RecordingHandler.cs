namespace CloudImages.Generators.Tests.Transport
{
    /// <summary>An HttpMessageHandler that reads each request's body as it arrives, records it, and answers from a
    /// function given the number of the request (0 for the first).</summary>
    internal sealed class RecordingHandler(Func<int, HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public List<SentRequest> Requests { get; } = [];

        /// <summary>When set, the request's content is disposed once read, as .NET Framework's HttpClient does.</summary>
        public bool DisposeContentAfterRead { get; init; }

        public HttpClient Client() => new(this) { BaseAddress = new Uri("https://ims.example.test/") };

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            byte[]? body = null;
            if (request.Content is { } content)
            {
                body = await content.ReadAsByteArrayAsync(cancellationToken);
            }

            Requests.Add(new SentRequest(
                request.Method, request.RequestUri!, request.Content?.Headers.ContentType?.ToString(), request.Content?.Headers.ContentLength, body));
            if (DisposeContentAfterRead)
            {
                request.Content?.Dispose();
            }

            var response = respond(Requests.Count - 1, request);
            response.RequestMessage = request;
            return response;
        }
    }
}
