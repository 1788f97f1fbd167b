using System;
using System.IO;
using System.Net.Http;
using System.Threading;

namespace CloudImages.Runtime
{
    /// <summary>What a response body read that fails with an <see cref="IOException"/> throws instead. The buffering
    /// handler and the client's own read both use it, so a client built on a plain HttpClient and one built through
    /// the handler pipeline fail the same way.</summary>
    internal static class ResponseEnded
    {
        /// <summary>An <see cref="HttpRequestException"/> (<c>HttpRequestError.ResponseEnded</c> on .NET 8), as for any
        /// network failure, or an <see cref="OperationCanceledException"/> when the caller cancelled: tearing down the
        /// connection is how a cancelled read ends.</summary>
        public static Exception From(IOException exception, CancellationToken cancellationToken) =>
            cancellationToken.IsCancellationRequested
                ? new OperationCanceledException("The response body was not read to the end: the operation was cancelled.", exception, cancellationToken)
                : Failures.ResponseEnded("The connection closed before the whole response body arrived.", exception);
    }
}
