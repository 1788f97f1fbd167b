using System.Net;
using CloudImages.Runtime;
using Xunit;
using static CloudImages.Generators.Tests.Transport.TransportFixture;

namespace CloudImages.Generators.Tests.Transport
{
    /// <summary>A call with a body fails as a query does: IMS code, message and request id on the exception.</summary>
    public class ErrorStatusTests
    {
        [Theory]
        [InlineData(HttpStatusCode.BadRequest, """{"error":{"code":"IMG.0001","message":"bad name"}}""", "IMG.0001", "bad name")]
        [InlineData(HttpStatusCode.Conflict, """{"error_code":"IMG.0409","error_msg":"busy"}""", "IMG.0409", "busy")]
        [InlineData(HttpStatusCode.InternalServerError, "not json", null, null)]
        public async Task An_error_status_carries_code_message_and_request_id(HttpStatusCode status, string body, string? code, string? message)
        {
            var handler = new RecordingHandler((_, _) => Json(body, status, "req-err"));

            var error = await Assert.ThrowsAsync<ApiException>(() => ApiTransport.SendAsync(
                handler.Client(), HttpMethod.Post, ImagesUri, ApiContent.Json(new Draft("e", 1), WriteDraft, "application/json"),
                Operation, CreatedReader, ApiTransport.DefaultMaxResponseBytes, CancellationToken.None));

            Assert.Equal(ApiFailureKind.ErrorStatus, error.Kind);
            Assert.Equal(status, error.StatusCode);
            Assert.Equal(code, error.ErrorCode);
            Assert.Equal(message, error.ErrorMessage);
            Assert.Equal("req-err", error.RequestId);
            Assert.Equal("CreateImage", error.OperationName);
            Assert.Equal(body, error.ResponseBody);
        }

        [Fact]
        public async Task A_body_larger_than_the_limit_is_too_large_as_before()
        {
            var handler = new RecordingHandler((_, _) => Json($$"""{"id":"{{new string('x', 4000)}}"}"""));

            var error = await Assert.ThrowsAsync<ApiException>(() => ApiTransport.SendAsync(
                handler.Client(), HttpMethod.Post, ImagesUri, null, Operation, CreatedReader, 1024, CancellationToken.None));

            Assert.Equal(ApiFailureKind.ResponseTooLarge, error.Kind);
        }
    }
}
