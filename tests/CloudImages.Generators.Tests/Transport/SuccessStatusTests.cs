using System.Net;
using CloudImages.Runtime;
using Xunit;
using static CloudImages.Generators.Tests.Transport.TransportFixture;

namespace CloudImages.Generators.Tests.Transport
{
    /// <summary>Which statuses are success, and how a success without a body becomes a result.</summary>
    public class SuccessStatusTests
    {
        private static readonly ApiOperation Versions = new("ListVersions", ["X-Request-Id"], ["error.code"], ["error.message"], [300]);

        [Fact]
        public async Task A_201_is_success_with_its_body()
        {
            var handler = new RecordingHandler((_, _) => Json("""{"id":"new"}""", HttpStatusCode.Created));

            var created = await Send(handler, Operation, CreatedReader);

            Assert.Equal("new", created.Id);
        }

        [Fact]
        public async Task A_documented_300_is_success_for_that_operation()
        {
            var handler = new RecordingHandler((_, _) => Json("""{"id":"versions"}""", HttpStatusCode.MultipleChoices));

            var versions = await Send(handler, Versions, CreatedReader);

            Assert.Equal("versions", versions.Id);
        }

        [Fact]
        public async Task A_300_is_an_error_for_an_operation_that_does_not_document_it()
        {
            var handler = new RecordingHandler((_, _) => Json("""{"error":{"code":"IMG.0300","message":"choose"}}""", HttpStatusCode.MultipleChoices, "req-300"));

            var error = await Assert.ThrowsAsync<ApiException>(() => Send(handler, Operation, CreatedReader));

            Assert.Equal(ApiFailureKind.ErrorStatus, error.Kind);
            Assert.Equal(HttpStatusCode.MultipleChoices, error.StatusCode);
            Assert.Equal("IMG.0300", error.ErrorCode);
            Assert.Equal("req-300", error.RequestId);
        }

        [Fact]
        public async Task A_documented_redirect_status_is_the_answer_and_is_not_followed()
        {
            var operation = new ApiOperation("Moved", [], [], [], [302]);
            var handler = new RecordingHandler((_, _) =>
            {
                var response = Json("""{"id":"here"}""", HttpStatusCode.Found);
                response.Headers.Location = new Uri("/v2/elsewhere", UriKind.Relative);
                return response;
            });

            var result = await Send(handler, operation, CreatedReader);

            Assert.Equal("here", result.Id);
            Assert.Single(handler.Requests);
        }

        [Fact]
        public async Task Any_2xx_stays_success_beside_the_listed_statuses()
        {
            var handler = new RecordingHandler((_, _) => Json("""{"id":"ok"}""", HttpStatusCode.Accepted));

            Assert.Equal("ok", (await Send(handler, Versions, CreatedReader)).Id);
        }

        [Fact]
        public void A_status_that_is_none_is_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new ApiOperation("x", [], [], [], [42]));
            Assert.Throws<ArgumentNullException>(() => new ApiOperation("x", [], [], [], null!));
            Assert.Equal([300], Versions.SuccessStatuses);
            Assert.Empty(Operation.SuccessStatuses);
        }

        [Fact]
        public async Task A_204_makes_the_empty_result_and_its_headers()
        {
            var handler = new RecordingHandler((_, _) =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.NoContent);
                response.Headers.Add("X-Image-Size", "77");
                return response;
            });
            var reader = new ApiResponseReader<Created>(null, () => new Created { Empty = true }, (headers, created) => created.Size = headers.Int64("X-Image-Size"));

            var result = await Send(handler, Operation, reader);

            Assert.True(result.Empty);
            Assert.Equal(77, result.Size);
        }

        [Fact]
        public async Task A_204_where_a_body_is_documented_and_nothing_makes_an_empty_result_is_an_invalid_response()
        {
            var handler = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.NoContent) { Headers = { { "X-Request-Id", "req-204" } } });

            var error = await Assert.ThrowsAsync<ApiException>(() => Send(handler, Operation, CreatedReader));

            Assert.Equal(ApiFailureKind.InvalidResponse, error.Kind);
            Assert.Equal("req-204", error.RequestId);
            Assert.Contains("no body", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task An_empty_200_is_the_empty_result_when_no_body_is_documented()
        {
            var handler = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) });
            var reader = new ApiResponseReader<Created>(null, () => new Created { Empty = true }, null);

            Assert.True((await Send(handler, Operation, reader)).Empty);
        }

        [Fact]
        public async Task An_empty_200_where_a_body_is_documented_is_an_invalid_response_as_before()
        {
            var handler = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) });

            var error = await Assert.ThrowsAsync<ApiException>(() => Send(handler, Operation, CreatedReader));

            Assert.Equal(ApiFailureKind.InvalidResponse, error.Kind);
        }

        [Fact]
        public async Task An_undocumented_body_is_drained_up_to_a_small_bound_and_ignored()
        {
            var body = new CountingStream(length: 4 * 1024 * 1024);
            var handler = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });

            await ApiTransport.SendAsync(handler.Client(), HttpMethod.Delete, ImagesUri, null, Operation, CancellationToken.None);

            Assert.InRange(body.HandedOut, 1, 64 * 1024);
        }

        [Fact]
        public async Task The_call_without_a_result_fails_on_an_error_status_as_any_other()
        {
            var handler = new RecordingHandler((_, _) => Json("""{"error_code":"IMG.0404","error_msg":"gone"}""", HttpStatusCode.NotFound, "req-del"));

            var error = await Assert.ThrowsAsync<ApiException>(() =>
                ApiTransport.SendAsync(handler.Client(), HttpMethod.Delete, ImagesUri, null, Operation, CancellationToken.None));

            Assert.Equal(("IMG.0404", "gone", "req-del"), (error.ErrorCode, error.ErrorMessage, error.RequestId));
        }

        [Fact]
        public void A_reader_needs_a_body_or_an_empty_result()
        {
            Assert.Throws<ArgumentException>(() => new ApiResponseReader<Created>(null, null, (_, _) => { }));
        }

        private static Task<T> Send<T>(RecordingHandler handler, ApiOperation operation, ApiResponseReader<T> reader) =>
            ApiTransport.SendAsync(handler.Client(), HttpMethod.Post, ImagesUri, null, operation, reader, ApiTransport.DefaultMaxResponseBytes, CancellationToken.None);
    }
}
