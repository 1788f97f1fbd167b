using System.Net;
using System.Reflection;
using System.Text;

namespace CloudImages.AotSmoke
{
    /// <summary>An in-memory IMS: the page's example response as the first page of two images, a last page of one,
    /// and the documented 400 error for a request named "boom".</summary>
    internal sealed class FakeIms : HttpMessageHandler
    {
        private const string FirstId = "bc6bed6e-ba3a-4447-afcc-449174a3eb52";
        private const string SecondId = "0328c25e-c840-4496-81ac-c4e01b214b1f";

        private readonly string _page = Resource("list-images-doc-example.json");
        private readonly string _error = Resource("error-400-img0024.json");

        public List<string> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var query = request.RequestUri!.Query;
            Requests.Add(request.RequestUri.PathAndQuery);
            if (query.Contains("name=boom", StringComparison.Ordinal))
            {
                return Task.FromResult(Json(_error, HttpStatusCode.BadRequest));
            }

            // The second page: one image, so the listing ends there.
            var body = query.Contains("marker=" + SecondId, StringComparison.Ordinal)
                ? _page.Replace(FirstId, "11111111-1111-4111-8111-111111111111", StringComparison.Ordinal)[.._page.IndexOf("},\n    {", StringComparison.Ordinal)] + "}]}"
                : _page;
            return Task.FromResult(Json(body, HttpStatusCode.OK));
        }

        private static HttpResponseMessage Json(string body, HttpStatusCode status)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            response.Headers.Add("X-Request-Id", "aot-smoke");
            return response;
        }

        private static string Resource(string name)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
