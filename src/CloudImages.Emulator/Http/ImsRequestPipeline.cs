using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CloudImages.Emulator
{
    /// <summary>Serves one request: request id, then an injected fault if any, then authentication, then the route's
    /// handler. An unknown path or method is the gateway's 404, in the IMS error shape.</summary>
    internal sealed class ImsRequestPipeline
    {
        public const string RequestIdHeader = "X-Request-Id";

        /// <summary>The largest body read whole; uploads stream theirs.</summary>
        public const int MaxBodyBytes = 1024 * 1024;

        /// <summary>The largest upload under authentication: its signature covers the body, so it is read whole.</summary>
        public const int MaxSignedUploadBytes = 256 * 1024 * 1024;

        private readonly ImsState _state;
        private readonly RouteTable _routes;
        private readonly FaultInjector _faults;
        private readonly ImsAuthOptions? _auth;
        private readonly TimeProvider _clock;
        private readonly CancellationToken _stopping;
        private int _requests;
        private int _abandoned;

        public ImsRequestPipeline(ImsState state, RouteTable routes, FaultInjector faults, ImsAuthOptions? auth, TimeProvider clock, CancellationToken stopping)
        {
            _state = state;
            _routes = routes;
            _faults = faults;
            _auth = auth;
            _clock = clock;
            _stopping = stopping;
        }

        public int RequestCount => Volatile.Read(ref _requests);

        public int AbandonedCount => Volatile.Read(ref _abandoned);

        public async Task HandleAsync(HttpContext context)
        {
            Interlocked.Increment(ref _requests);
            context.Response.Headers[RequestIdHeader] = Guid.NewGuid().ToString("N");
            var fault = _faults.Next();
            switch (fault?.Kind)
            {
                case ImsFaultKind.DropConnection:
                    context.Abort();
                    return;
                case ImsFaultKind.ErrorStatus:
                    if (fault.Error!.Status == 429)
                    {
                        context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                    }

                    await WriteAsync(context, ImsResponse.For(fault.Error!), truncate: false).ConfigureAwait(false);
                    return;
                case ImsFaultKind.SlowResponse:
                    if (!await WaitAsync(fault.Delay, context.RequestAborted).ConfigureAwait(false))
                    {
                        return;
                    }

                    break;
            }

            ImsResponse response;
            try
            {
                response = await ServeAsync(context).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && !context.RequestAborted.IsCancellationRequested)
            {
                // A defect of the emulator: still an answer in the IMS shape, naming what went wrong, rather than an empty 500.
                var defect = ImsErrors.InternalError;
                response = ImsResponse.For(defect with { Message = $"{defect.Message} {ex.GetType().Name}: {ex.Message}" });
            }

            await WriteAsync(context, response, truncate: fault?.Kind == ImsFaultKind.TruncatedBody).ConfigureAwait(false);
        }

        private async Task<ImsResponse> ServeAsync(HttpContext context)
        {
            var request = context.Request;
            var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
            var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
            var path = question < 0 ? rawTarget : rawTarget[..question];
            var found = _routes.Find(request.Method, path);
            var streams = found?.Route.StreamsBody == true && _auth is null;
            byte[] body;
            try
            {
                var limit = found?.Route.StreamsBody == true ? MaxSignedUploadBytes : MaxBodyBytes;
                body = streams ? Array.Empty<byte>() : await ReadBodyAsync(request, limit, context.RequestAborted).ConfigureAwait(false);
            }
            catch (ImsRequestException ex)
            {
                return ImsResponse.For(ex.Error);
            }

            var headers = request.Headers;
            string? project = headers.TryGetValue(RequestAuthenticator.ProjectHeader, out var named) ? named.ToString() : null;
            if (_auth is not null && !RequestAuthenticator.ServesAnonymously(_auth, headers.ContainsKey))
            {
                var signed = new SignatureVerifier.SignedRequest(
                    request.Method, rawTarget, name => headers.TryGetValue(name, out var values) ? values.ToString() : null, body);
                var (denied, authenticated) = RequestAuthenticator.Authenticate(signed, _auth, _clock.GetUtcNow());
                if (denied is not null)
                {
                    return ImsResponse.For(denied);
                }

                project = authenticated;
            }

            if (found is not { } match)
            {
                return ImsResponse.For(ImsErrors.NoSuchApi);
            }

            try
            {
                var call = new ImsCall(
                    request.Method,
                    match.Values,
                    QueryParameters.Parse(question < 0 ? null : rawTarget[question..]),
                    body,
                    streams || match.Route.StreamsBody ? (body.Length > 0 ? new MemoryStream(body, writable: false) : request.Body) : null,
                    request.ContentType,
                    string.IsNullOrEmpty(project) ? null : project,
                    _state,
                    context.RequestAborted);
                return await match.Route.Handler(call).ConfigureAwait(false);
            }
            catch (ImsRequestException ex)
            {
                return ImsResponse.For(ex.Error);
            }
        }

        /// <summary>The whole body, up to <paramref name="limit"/> bytes (more is a 400).</summary>
        private static async Task<byte[]> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
        {
            if (request.ContentLength > limit)
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest($"the body is larger than {limit} bytes."));
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new ImsRequestException(ImsErrors.InvalidRequest($"the body is larger than {limit} bytes."));
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }

        /// <returns>False when the client went away or the emulator is stopping.</returns>
        private async Task<bool> WaitAsync(TimeSpan delay, CancellationToken requestAborted)
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _stopping);
            try
            {
                await Task.Delay(delay, either.Token).ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _abandoned);
                return false;
            }
        }

        private static async Task WriteAsync(HttpContext context, ImsResponse response, bool truncate)
        {
            context.Response.StatusCode = response.Status;
            if (response.ContentType is not null)
            {
                context.Response.ContentType = response.ContentType;
            }

            foreach (var (name, value) in response.Headers)
            {
                context.Response.Headers[name] = value;
            }

            // Kestrel refuses any write to a 204, even an empty one, and then drops the connection: write nothing.
            if (response.Body.Length == 0)
            {
                if (response.Status != 204)
                {
                    context.Response.ContentLength = 0;
                }

                return;
            }

            context.Response.ContentLength = response.Body.Length;
            if (!truncate)
            {
                await context.Response.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            await context.Response.Body.WriteAsync(response.Body.AsMemory(0, response.Body.Length / 2), context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            context.Abort();
        }
    }
}
