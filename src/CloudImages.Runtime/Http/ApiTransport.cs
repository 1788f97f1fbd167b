using System;
using System.Collections.Generic;
using System.Net;
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

#if NET
        private static readonly HttpMethod Patch = HttpMethod.Patch;
#else
        private static readonly HttpMethod Patch = new("PATCH");
#endif

        private static readonly HttpMethod[] Methods =
        [
            HttpMethod.Get, HttpMethod.Head, HttpMethod.Post, HttpMethod.Put, Patch, HttpMethod.Delete, HttpMethod.Options,
        ];

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
        public static Task<T> SendAsync<T>(
            HttpClient httpClient,
            HttpMethod method,
            Uri requestUri,
            ApiOperation operation,
            JsonValueReader<T> read,
            int maxResponseBytes,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(read);
            return SendAsync(httpClient, method, requestUri, null, operation, new ApiResponseReader<T>(read, null, null), maxResponseBytes, cancellationToken);
        }

        /// <summary>Sends the request with <paramref name="content"/> as its body to <paramref name="requestUri"/>, an
        /// absolute URI under the endpoint (see <see cref="EndpointText"/>), and makes the result of a success response
        /// with <paramref name="response"/>.</summary>
        /// <remarks>
        /// <para><see cref="HttpClient.Timeout"/> covers the whole call, body included. Success is any 2xx status and
        /// the statuses the operation lists (<see cref="ApiOperation.SuccessStatuses"/>). Redirects are followed only
        /// within the endpoint's scheme, host and port: a 303, and a 301 or 302 to a POST, are followed with a GET and
        /// no body; a 307 or 308 keeps the method and sends the body again, which <see cref="ApiContent.Binary"/> can
        /// only when its stream can seek back.</para>
        /// <para>The call disposes <paramref name="content"/> when it ends.</para>
        /// </remarks>
        /// <typeparam name="T">The result.</typeparam>
        /// <param name="httpClient">The client to send with; its BaseAddress is the endpoint.</param>
        /// <param name="method">The method, such as one of <see cref="Method"/>.</param>
        /// <param name="requestUri">The absolute request URI.</param>
        /// <param name="content">The body, made by <see cref="ApiContent"/>, or null for none.</param>
        /// <param name="operation">The operation.</param>
        /// <param name="response">Makes the result of the response's body and headers.</param>
        /// <param name="maxResponseBytes">The bound on the response body.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <exception cref="ApiException">A status the operation does not document as success, a response not as
        /// documented, or a redirect that is not followed (<see cref="ApiFailureKind.RedirectRefused"/>).</exception>
        /// <exception cref="HttpRequestException">A network failure, including a connection that closed before the whole
        /// body (success or error) arrived, with <c>HttpRequestError.ResponseEnded</c>, and a body not in its
        /// declared Content-Encoding, with <c>HttpRequestError.InvalidResponse</c>.</exception>
        /// <exception cref="TaskCanceledException"><see cref="HttpClient.Timeout"/> elapsed, with a
        /// <see cref="TimeoutException"/> inside, as HttpClient throws it.</exception>
        public static async Task<T> SendAsync<T>(
            HttpClient httpClient,
            HttpMethod method,
            Uri requestUri,
            HttpContent? content,
            ApiOperation operation,
            ApiResponseReader<T> response,
            int maxResponseBytes,
            CancellationToken cancellationToken)
        {
            RequestContent.Hold(content);
            try
            {
                ArgumentNullException.ThrowIfNull(httpClient);
                ArgumentNullException.ThrowIfNull(method);
                ArgumentNullException.ThrowIfNull(requestUri);
                ArgumentNullException.ThrowIfNull(operation);
                ArgumentNullException.ThrowIfNull(response);
                ResponseLimits.CheckMaxResponseBytes(maxResponseBytes, nameof(maxResponseBytes));
                using var deadline = new CallDeadline(httpClient.Timeout, cancellationToken);
                try
                {
                    using var message = await SendFollowingRedirectsAsync(httpClient, method, requestUri, content, operation, deadline.Token).ConfigureAwait(false);
                    return await ReadAsync(message, method, operation, response, maxResponseBytes, deadline.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException ex) when (deadline.Expired)
                {
                    throw deadline.TimedOut(ex);
                }
            }
            finally
            {
                RequestContent.Release(content);
            }
        }

        /// <summary>Sends the request with <paramref name="content"/> as its body, for an operation that documents no
        /// response body or headers: a success response's body is drained, up to a small bound, and ignored.</summary>
        /// <remarks>As <see cref="SendAsync{T}(HttpClient, HttpMethod, Uri, HttpContent, ApiOperation, ApiResponseReader{T}, int, CancellationToken)"/>.</remarks>
        /// <param name="httpClient">The client to send with; its BaseAddress is the endpoint.</param>
        /// <param name="method">The method, such as one of <see cref="Method"/>.</param>
        /// <param name="requestUri">The absolute request URI.</param>
        /// <param name="content">The body, made by <see cref="ApiContent"/>, or null for none.</param>
        /// <param name="operation">The operation.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        public static Task SendAsync(
            HttpClient httpClient,
            HttpMethod method,
            Uri requestUri,
            HttpContent? content,
            ApiOperation operation,
            CancellationToken cancellationToken) =>
            SendAsync(httpClient, method, requestUri, content, operation, NoResult.Reader, DefaultMaxResponseBytes, cancellationToken);

        /// <summary>The shared instance of an HTTP method: GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS, in any case.</summary>
        /// <remarks>netstandard2.0 has no <c>HttpMethod.Patch</c>; this gives one instance on every target.</remarks>
        /// <param name="name">The method's name.</param>
        /// <exception cref="ArgumentException">Another method.</exception>
        public static HttpMethod Method(string name)
        {
            ArgumentNullException.ThrowIfNull(name);
            foreach (var method in Methods)
            {
                if (string.Equals(method.Method, name, StringComparison.OrdinalIgnoreCase))
                {
                    return method;
                }
            }

            throw new ArgumentException(
                $"'{MessageText.Escape(name)}' is not one of the methods a client sends: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS.", nameof(name));
        }

        private static async Task<HttpResponseMessage> SendFollowingRedirectsAsync(
            HttpClient httpClient, HttpMethod method, Uri endpoint, HttpContent? content, ApiOperation operation, CancellationToken cancellationToken)
        {
            var uri = endpoint;
            for (var followed = 0; ; followed++)
            {
                using var request = new HttpRequestMessage(method, uri) { Content = content };
                request.Headers.Accept.Add(AcceptJson);
                ChunkedUpload.Apply(request);
                HttpResponseMessage response;
                try
                {
                    response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    // The body belongs to the call, which may send it again; disposing the request must not dispose it.
                    request.Content = null;
                }

                var refusal = Redirects.Decide(response, uri, endpoint, followed, out var next);
                if (refusal is null && (next is null || operation.IsListed(response.StatusCode)))
                {
                    return response;
                }

                using (response)
                {
                    var after = Redirects.MethodAfter(response.StatusCode, method);
                    if (after != method)
                    {
                        // Rewritten to GET: the body is not sent again.
                        content = null;
                    }
                    else if (refusal is null && content is not null && !RequestContent.TryRewind(content))
                    {
                        refusal = $"The redirect to {Redirects.Describe(next!)} was not followed: it must send the body again, "
                            + "and the body's stream was read and cannot seek back to its start";
                    }

                    if (refusal is not null)
                    {
                        throw new ApiException(
                            ApiFailureKind.RedirectRefused, operation.Name, response.StatusCode, null, null,
                            RequestIdOf(response, operation.RequestIdHeaders), null, refusal);
                    }

                    method = after;
                    uri = next!;
                }
            }
        }

        private static async Task<T> ReadAsync<T>(
            HttpResponseMessage response, HttpMethod method, ApiOperation operation, ApiResponseReader<T> reader, int maxResponseBytes, CancellationToken cancellationToken)
        {
            var requestId = RequestIdOf(response, operation.RequestIdHeaders);
            if (!operation.IsSuccess(response.StatusCode))
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

            var result = reader.Body is not null && HasBody(method, response.StatusCode)
                ? await ReadBodyAsync(response, operation, reader.Body, requestId, maxResponseBytes, cancellationToken).ConfigureAwait(false)
                : await EmptyAsync(response, operation, reader, requestId, cancellationToken).ConfigureAwait(false);
            reader.Headers?.Invoke(new ApiResponseHeaders(response, operation, requestId), result);
            return result;
        }

        private static async Task<T> ReadBodyAsync<T>(
            HttpResponseMessage response, ApiOperation operation, JsonValueReader<T> read, string? requestId, int maxResponseBytes, CancellationToken cancellationToken)
        {
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

        /// <summary>The result of a response without a body to read; any body it has anyway is drained, up to a small
        /// bound, so the connection can serve the next request, and ignored.</summary>
        private static async Task<T> EmptyAsync<T>(
            HttpResponseMessage response, ApiOperation operation, ApiResponseReader<T> reader, string? requestId, CancellationToken cancellationToken)
        {
            try
            {
                using var ignored = await ResponseBody.ReadAsync(response.Content, ResponseLimits.DrainBytes, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException)
            {
                // The operation succeeded; a body it does not document cannot make it fail.
            }

            return reader.Empty is { } empty
                ? empty()
                : throw new ApiException(
                    ApiFailureKind.InvalidResponse, operation.Name, response.StatusCode, null, null, requestId, null,
                    "The response has no body, and the operation documents one");
        }

        // A response to HEAD, a 204 (No Content) and a 205 (Reset Content) have no body, whatever they declare.
        private static bool HasBody(HttpMethod method, HttpStatusCode status) =>
            method != HttpMethod.Head && status is not (HttpStatusCode.NoContent or HttpStatusCode.ResetContent);

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
