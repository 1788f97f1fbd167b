using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CloudImages.Emulator
{
    /// <summary>Serves one request: request id, then an injected fault if any, then authentication, then the API.</summary>
    internal sealed class ImsRequestPipeline
    {
        public const string RequestIdHeader = "X-Request-Id";

        private readonly ImageCatalogue _catalogue;
        private readonly FaultInjector _faults;
        private readonly ImsAuthOptions? _auth;
        private readonly TimeProvider _clock;
        private readonly CancellationToken _stopping;
        private int _requests;
        private int _abandoned;

        public ImsRequestPipeline(ImageCatalogue catalogue, FaultInjector faults, ImsAuthOptions? auth, TimeProvider clock, CancellationToken stopping)
        {
            _catalogue = catalogue;
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

            var response = await ServeAsync(context).ConfigureAwait(false);
            await WriteAsync(context, response, truncate: fault?.Kind == ImsFaultKind.TruncatedBody).ConfigureAwait(false);
        }

        private async Task<ImsResponse> ServeAsync(HttpContext context)
        {
            var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
            if (_auth is not null)
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
                var headers = context.Request.Headers;
                var request = new SignatureVerifier.SignedRequest(
                    context.Request.Method, rawTarget, name => headers.TryGetValue(name, out var values) ? values.ToString() : null, body.ToArray());
                if (RequestAuthenticator.Authenticate(request, _auth, _clock.GetUtcNow()) is { } denied)
                {
                    return ImsResponse.For(denied);
                }
            }

            var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
            var path = question < 0 ? rawTarget : rawTarget[..question];
            if (!HttpMethods.IsGet(context.Request.Method) || !string.Equals(path.TrimEnd('/'), ListImagesEndpoint.Path, StringComparison.Ordinal))
            {
                return ImsResponse.For(ImsErrors.NoSuchApi);
            }

            return ListImagesEndpoint.Handle(question < 0 ? null : rawTarget[question..], _catalogue);
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
            context.Response.ContentType = "application/json;charset=UTF-8";
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
