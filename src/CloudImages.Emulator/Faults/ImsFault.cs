using System;
using System.Net;

namespace CloudImages.Emulator
{
    /// <summary>One fault to inject into one request; see <see cref="FaultInjector.Enqueue"/>.</summary>
    public sealed record ImsFault
    {
        private ImsFault(ImsFaultKind kind, ImsError? error = null, TimeSpan delay = default, int retryAfterSeconds = 0)
        {
            Kind = kind;
            Error = error;
            Delay = delay;
            RetryAfterSeconds = retryAfterSeconds;
        }

        /// <summary>What the fault does.</summary>
        public ImsFaultKind Kind { get; }

        /// <summary>The error answered, for <see cref="ImsFaultKind.ErrorStatus"/>.</summary>
        public ImsError? Error { get; }

        /// <summary>The wait, for <see cref="ImsFaultKind.SlowResponse"/>.</summary>
        public TimeSpan Delay { get; }

        /// <summary>The Retry-After seconds sent with a 429.</summary>
        public int RetryAfterSeconds { get; }

        /// <summary>503 Service Unavailable.</summary>
        public static ImsFault ServiceUnavailable { get; } = new(ImsFaultKind.ErrorStatus, ImsErrors.Unavailable);

        /// <summary>A reset connection, before any response.</summary>
        public static ImsFault DropConnection { get; } = new(ImsFaultKind.DropConnection);

        /// <summary>Headers and half the body, then a reset connection.</summary>
        public static ImsFault TruncatedBody { get; } = new(ImsFaultKind.TruncatedBody);

        /// <summary>429 Too Many Requests with <c>Retry-After: <paramref name="retryAfterSeconds"/></c>.</summary>
        public static ImsFault TooManyRequests(int retryAfterSeconds = 1)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(retryAfterSeconds);
            return new(ImsFaultKind.ErrorStatus, ImsErrors.Throttled, retryAfterSeconds: retryAfterSeconds);
        }

        /// <summary>A response that starts after <paramref name="delay"/>.</summary>
        public static ImsFault Slow(TimeSpan delay)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(delay.Ticks);
            return new(ImsFaultKind.SlowResponse, delay: delay);
        }

        /// <summary>One of the operation's documented error statuses with a documented code: 401 (APIG.0301),
        /// 403 (IMG.0026), 404 (APIG.0101), 429 (APIG.0308), 500 (IMG.0061) or 503 (APIG.0202).</summary>
        public static ImsFault Status(HttpStatusCode status) => status switch
        {
            HttpStatusCode.Unauthorized => new(ImsFaultKind.ErrorStatus, ImsErrors.Unauthorized("the token has expired")),
            HttpStatusCode.Forbidden => new(ImsFaultKind.ErrorStatus, ImsErrors.Forbidden),
            HttpStatusCode.NotFound => new(ImsFaultKind.ErrorStatus, ImsErrors.NoSuchApi),
            HttpStatusCode.TooManyRequests => TooManyRequests(),
            HttpStatusCode.InternalServerError => new(ImsFaultKind.ErrorStatus, ImsErrors.InternalError),
            HttpStatusCode.ServiceUnavailable => ServiceUnavailable,
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an error status of Querying Images."),
        };
    }
}
