using System.Net;
using CloudImages.Runtime;
using Xunit;
using static CloudImages.Generators.Tests.Transport.TransportFixture;

namespace CloudImages.Generators.Tests.Transport
{
    /// <summary>Every method a client sends goes out with its body, or without one.</summary>
    public class MethodTests
    {
        [Theory]
        [InlineData("POST")]
        [InlineData("PUT")]
        [InlineData("PATCH")]
        [InlineData("DELETE")]
        public async Task A_body_goes_out_with_each_method(string name)
        {
            var handler = new RecordingHandler((_, _) => Json("""{"id":"img-2"}"""));

            var created = await ApiTransport.SendAsync(
                handler.Client(), ApiTransport.Method(name), ImagesUri, ApiContent.Json(new Draft("n", 3), WriteDraft, "application/json"),
                Operation, CreatedReader, ApiTransport.DefaultMaxResponseBytes, CancellationToken.None);

            Assert.Equal("img-2", created.Id);
            var sent = Assert.Single(handler.Requests);
            Assert.Equal(name, sent.Method.Method);
            Assert.Equal(DraftJson(new Draft("n", 3)), System.Text.Encoding.UTF8.GetString(sent.Body!));
            Assert.Equal(ImagesUri, sent.Uri);
        }

        [Fact]
        public async Task A_head_request_has_no_body_and_its_result_comes_from_the_headers()
        {
            var handler = new RecordingHandler((_, _) =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) };
                response.Content.Headers.ContentLength = 12345; // what a GET would send, not sent on HEAD
                response.Headers.Add("X-Image-Size", "987654321012");
                return response;
            });
            var reader = new ApiResponseReader<Created>(ReadCreated, () => new Created { Empty = true }, (headers, created) => created.Size = headers.Int64("x-image-size"));

            var created = await ApiTransport.SendAsync(
                handler.Client(), ApiTransport.Method("HEAD"), ImagesUri, null, Operation, reader, ApiTransport.DefaultMaxResponseBytes, CancellationToken.None);

            Assert.True(created.Empty);
            Assert.Equal(987654321012, created.Size);
            var sent = Assert.Single(handler.Requests);
            Assert.Equal(HttpMethod.Head, sent.Method);
            Assert.Null(sent.Body);
        }

        [Theory]
        [InlineData("GET")]
        [InlineData("head")]
        [InlineData("Post")]
        [InlineData("PUT")]
        [InlineData("PATCH")]
        [InlineData("DELETE")]
        [InlineData("OPTIONS")]
        public void Each_method_has_one_shared_instance(string name)
        {
            var method = ApiTransport.Method(name);

            Assert.Same(method, ApiTransport.Method(name.ToLowerInvariant()));
            Assert.Equal(name.ToUpperInvariant(), method.Method);
            Assert.Equal(new HttpMethod(name.ToUpperInvariant()), method);
        }

        [Fact]
        public void The_shared_instances_are_the_framework_ones()
        {
            Assert.Same(HttpMethod.Get, ApiTransport.Method("GET"));
            Assert.Same(HttpMethod.Patch, ApiTransport.Method("PATCH"));
            Assert.Same(HttpMethod.Delete, ApiTransport.Method("DELETE"));
        }

        [Fact]
        public void Another_method_is_refused()
        {
            var error = Assert.Throws<ArgumentException>(() => ApiTransport.Method("TRACE"));

            Assert.Equal("name", error.ParamName);
            Assert.Contains("PATCH", error.Message, StringComparison.Ordinal);
        }
    }
}
