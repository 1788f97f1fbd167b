using System.Net;
using CloudImages.Runtime;
using Xunit;
using static CloudImages.Generators.Tests.Transport.TransportFixture;

namespace CloudImages.Generators.Tests.Transport
{
    /// <summary>ApiResponseHeaders reads response and content headers as typed values, and names a malformed one.</summary>
    public class ResponseHeaderTests
    {
        [Fact]
        public async Task Each_type_is_read_from_its_header()
        {
            var values = await Read(
                response =>
                {
                    response.Headers.TryAddWithoutValidation("X-Name", "disk-1");
                    response.Headers.TryAddWithoutValidation("X-Count", " -42 ");
                    response.Headers.TryAddWithoutValidation("X-Size", "8589934592");
                    response.Headers.TryAddWithoutValidation("X-Protected", "True");
                    response.Headers.TryAddWithoutValidation("X-Http-Date", "Sun, 06 Nov 1994 08:49:37 GMT");
                    response.Headers.TryAddWithoutValidation("X-Iso-Offset", "2024-02-29T23:15:00.125+02:00");
                    response.Headers.TryAddWithoutValidation("X-Iso-Plain", "2024-02-29T23:15:00");
                    response.Content.Headers.TryAddWithoutValidation("Last-Modified", "Tue, 15 Nov 1994 12:45:26 GMT");
                },
                headers => new object?[]
                {
                    headers.String("x-name"), headers.Int32("X-Count"), headers.Int64("X-SIZE"), headers.Boolean("X-Protected"),
                    headers.DateTime("X-Http-Date"), headers.DateTime("X-Iso-Offset"), headers.DateTime("X-Iso-Plain"),
                    headers.DateTime("Last-Modified"),
                });

            Assert.Equal(
                new object?[]
                {
                    "disk-1", -42, 8589934592L, true,
                    new DateTimeOffset(1994, 11, 6, 8, 49, 37, TimeSpan.Zero),
                    new DateTimeOffset(2024, 2, 29, 23, 15, 0, 125, TimeSpan.FromHours(2)),
                    new DateTimeOffset(2024, 2, 29, 23, 15, 0, TimeSpan.Zero),
                    new DateTimeOffset(1994, 11, 15, 12, 45, 26, TimeSpan.Zero),
                },
                values);
        }

        [Fact]
        public async Task An_absent_header_is_null_of_every_type()
        {
            var values = await Read(
                _ => { },
                headers => new object?[] { headers.String("X-None"), headers.Int32("X-None"), headers.Int64("X-None"), headers.Boolean("X-None"), headers.DateTime("X-None") });

            Assert.All(values, Assert.Null);
        }

        [Fact]
        public async Task The_first_value_is_read_when_a_header_repeats()
        {
            var values = await Read(
                response =>
                {
                    response.Headers.TryAddWithoutValidation("X-Count", "1");
                    response.Headers.TryAddWithoutValidation("X-Count", "2");
                },
                headers => new object?[] { headers.Int32("X-Count") });

            Assert.Equal([1], values);
        }

        [Theory]
        [InlineData("X-Count", "12abc")]
        [InlineData("X-Count", "99999999999")]
        [InlineData("X-Size", "1.5")]
        [InlineData("X-Protected", "yes")]
        [InlineData("X-Date", "yesterday")]
        [InlineData("X-Date", "2024-02-30T00:00:00Z")]
        public async Task A_malformed_header_is_an_invalid_response_naming_it(string name, string value)
        {
            var error = await Assert.ThrowsAsync<ApiException>(() => Read(
                response =>
                {
                    response.Headers.TryAddWithoutValidation(name, value);
                    response.Headers.Add("X-Request-Id", "req-h");
                },
                headers => name switch
                {
                    "X-Count" => [headers.Int32(name)],
                    "X-Size" => [headers.Int64(name)],
                    "X-Protected" => [headers.Boolean(name)],
                    _ => new object?[] { headers.DateTime(name) },
                }));

            Assert.Equal(ApiFailureKind.InvalidResponse, error.Kind);
            Assert.Equal("req-h", error.RequestId);
            Assert.Equal(HttpStatusCode.OK, error.StatusCode);
            Assert.Contains(name, error.Message, StringComparison.Ordinal);
            Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_malformed_value_shows_bounded_and_printable_in_the_message()
        {
            var value = "\u001b[31m" + new string('9', 10_000) + "\u0007";

            var error = await Assert.ThrowsAsync<ApiException>(() => Read(
                response => response.Headers.TryAddWithoutValidation("X-Count", value),
                headers => [headers.Int32("X-Count")]));

            Assert.Contains("X-Count", error.Message, StringComparison.Ordinal);
            Assert.Contains("\\u001b[31m999", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', error.Message);
            Assert.DoesNotContain('\u0007', error.Message);
            Assert.True(error.Message.Length < 500, error.Message);
        }

        private static async Task<object?[]> Read(Action<HttpResponseMessage> setHeaders, Func<ApiResponseHeaders, object?[]> read)
        {
            var handler = new RecordingHandler((_, _) =>
            {
                var response = Json("""{"id":"h"}""");
                setHeaders(response);
                return response;
            });
            object?[]? values = null;
            var reader = new ApiResponseReader<Created>(ReadCreated, null, (headers, _) => values = read(headers));

            await ApiTransport.SendAsync(handler.Client(), HttpMethod.Get, ImagesUri, null, Operation, reader, ApiTransport.DefaultMaxResponseBytes, CancellationToken.None);

            return values!;
        }
    }
}
