using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>Sends one request for a generated client and turns the response into a value or an <see cref="ApiException"/>.</summary>
    public static class ApiTransport
    {
        /// <summary>The default bound on a response body: 64 MiB.</summary>
        public const int DefaultMaxResponseBytes = 64 * 1024 * 1024;

        private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

        /// <summary>The service endpoint: <see cref="HttpClient.BaseAddress"/>.</summary>
        /// <exception cref="InvalidOperationException">The HttpClient has no BaseAddress.</exception>
        public static Uri EndpointOf(HttpClient httpClient)
        {
            ArgumentNullException.ThrowIfNull(httpClient);
            return httpClient.BaseAddress
                ?? throw new InvalidOperationException("Set HttpClient.BaseAddress to the service endpoint, for example https://ims.eu-de.otc.t-systems.com/.");
        }

        /// <summary>The text that request paths are appended to: the endpoint's scheme, authority and path, ending in '/'
        /// (its query and fragment dropped). For the usual endpoint this is its cached AbsoluteUri, so it costs nothing.</summary>
        /// <exception cref="ArgumentException">The endpoint is not an absolute URI.</exception>
        public static string EndpointText(Uri endpoint)
        {
            ArgumentNullException.ThrowIfNull(endpoint);
            if (!endpoint.IsAbsoluteUri)
            {
                throw new ArgumentException("The endpoint must be an absolute URI, for example https://ims.eu-de.otc.t-systems.com/.", nameof(endpoint));
            }

            var text = endpoint.AbsoluteUri;
            if (text.EndsWith('/') && text.AsSpan().IndexOfAny('?', '#') < 0)
            {
                return text;
            }

            // "https://host/prefix" + "v2/x" must keep "prefix": the base path always ends in '/'.
            var path = endpoint.GetLeftPart(UriPartial.Path);
            return path.EndsWith('/') ? path : path + "/";
        }

        /// <summary>Resolves a relative request URI against <see cref="HttpClient.BaseAddress"/>, keeping any base path.</summary>
        public static Uri BuildUri(HttpClient httpClient, string relativeUri) =>
            new(EndpointText(EndpointOf(httpClient)) + relativeUri, UriKind.Absolute);

        /// <summary>Sends the request and reads the 2xx body with <paramref name="read"/>.</summary>
        /// <remarks><see cref="HttpClient.Timeout"/> covers the whole call, body included. Redirects are followed only
        /// within the endpoint's scheme, host and port.</remarks>
        /// <exception cref="ApiException">A non-2xx status, a 2xx body that is not the documented JSON, or a redirect
        /// elsewhere (<see cref="ApiFailureKind.RedirectRefused"/>).</exception>
        /// <exception cref="HttpRequestException">A network failure, including a connection that closed before the whole
        /// body (success or error) arrived, with <c>HttpRequestError.ResponseEnded</c>, and a body not in its
        /// declared Content-Encoding, with <c>HttpRequestError.InvalidResponse</c>.</exception>
        /// <exception cref="TaskCanceledException"><see cref="HttpClient.Timeout"/> elapsed, with a
        /// <see cref="TimeoutException"/> inside, as HttpClient throws it.</exception>
        public static Task<T> SendAsync<T>(
            HttpClient httpClient,
            HttpMethod method,
            string relativeUri,
            ApiOperation operation,
            JsonValueReader<T> read,
            int maxResponseBytes,
            CancellationToken cancellationToken) =>
            SendAsync(httpClient, method, BuildUri(httpClient, relativeUri), operation, read, maxResponseBytes, cancellationToken);

        /// <summary>Sends the request to <paramref name="requestUri"/>, an absolute URI under the endpoint (see
        /// <see cref="EndpointText"/>), and reads the 2xx body with <paramref name="read"/>.</summary>
        /// <remarks>As the overload with a relative URI.</remarks>
        public static async Task<T> SendAsync<T>(
            HttpClient httpClient,
            HttpMethod method,
            Uri requestUri,
            ApiOperation operation,
            JsonValueReader<T> read,
            int maxResponseBytes,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(httpClient);
            ArgumentNullException.ThrowIfNull(requestUri);
            ArgumentNullException.ThrowIfNull(operation);
            ArgumentNullException.ThrowIfNull(read);
            ResponseLimits.CheckMaxResponseBytes(maxResponseBytes, nameof(maxResponseBytes));
            using var deadline = new CallDeadline(httpClient.Timeout, cancellationToken);
            try
            {
                using var response = await SendFollowingRedirectsAsync(httpClient, method, requestUri, operation, deadline.Token).ConfigureAwait(false);
                return await ReadAsync(response, operation, read, maxResponseBytes, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (deadline.Expired)
            {
                throw deadline.TimedOut(ex);
            }
        }

        private static async Task<HttpResponseMessage> SendFollowingRedirectsAsync(
            HttpClient httpClient, HttpMethod method, Uri endpoint, ApiOperation operation, CancellationToken cancellationToken)
        {
            var uri = endpoint;
            for (var followed = 0; ; followed++)
            {
                using var request = new HttpRequestMessage(method, uri);
                request.Headers.Accept.Add(AcceptJson);
                var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                var refusal = Redirects.Decide(response, uri, endpoint, followed, out var next);
                if (refusal is null && next is null)
                {
                    return response;
                }

                using (response)
                {
                    if (refusal is not null)
                    {
                        throw new ApiException(
                            ApiFailureKind.RedirectRefused, operation.Name, response.StatusCode, null, null,
                            RequestIdOf(response, operation.RequestIdHeaders), null, refusal);
                    }

                    method = Redirects.MethodAfter(response.StatusCode, method);
                    uri = next!;
                }
            }
        }

        private static async Task<T> ReadAsync<T>(
            HttpResponseMessage response, ApiOperation operation, JsonValueReader<T> read, int maxResponseBytes, CancellationToken cancellationToken)
        {
            var requestId = RequestIdOf(response, operation.RequestIdHeaders);
            if (!response.IsSuccessStatusCode)
            {
                using var errorBody = await ResponseBody.ReadAsync(response.Content, ResponseLimits.ErrorBodyBytes, cancellationToken).ConfigureAwait(false);
                throw new ApiException(
                    ApiFailureKind.ErrorStatus,
                    operation.Name,
                    response.StatusCode,
                    ErrorBody.FirstString(errorBody.Span, operation.ErrorCodeFields),
                    ErrorBody.FirstString(errorBody.Span, operation.ErrorMessageFields),
                    requestId,
                    errorBody.Snippet());
            }

            using var body = await ResponseBody.ReadAsync(response.Content, maxResponseBytes, cancellationToken).ConfigureAwait(false);
            if (body.Truncated)
            {
                throw new ApiException(
                    ApiFailureKind.ResponseTooLarge, operation.Name, response.StatusCode, null, null, requestId, body.Snippet(),
                    $"The body exceeds the limit of {maxResponseBytes} bytes; raise MaxResponseBytes or request smaller pages");
            }

            try
            {
                return JsonRead.ParseDocument(body.Span, read);
            }
            catch (JsonException ex)
            {
                var contentType = response.Content.Headers.ContentType?.MediaType;
                throw new ApiException(
                    ApiFailureKind.InvalidResponse, operation.Name, response.StatusCode, null, null, requestId, body.Snippet(),
                    $"{ex.Message} (content type {contentType ?? "none"}, {body.Length} bytes)", ex);
            }
        }

        private static string? RequestIdOf(HttpResponseMessage response, IReadOnlyList<string> headers)
        {
            foreach (var header in headers)
            {
                if (response.Headers.TryGetValues(header, out var values))
                {
                    foreach (var value in values)
                    {
                        return value;
                    }
                }
            }

            return null;
        }
    }
}
