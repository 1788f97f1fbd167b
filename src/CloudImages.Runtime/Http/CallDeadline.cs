using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary><see cref="System.Net.Http.HttpClient.Timeout"/> over a whole call, body included. The client sends with
    /// <see cref="System.Net.Http.HttpCompletionOption.ResponseHeadersRead"/>, so HttpClient's own timeout ends when the
    /// headers arrive, and a body that stalls or trickles would hold the call for as long as the server likes.</summary>
    internal readonly struct CallDeadline : IDisposable
    {
        private readonly CancellationTokenSource? _source;
        private readonly CancellationToken _caller;
        private readonly TimeSpan _timeout;

        public CallDeadline(TimeSpan timeout, CancellationToken caller)
        {
            _caller = caller;
            _timeout = timeout;
            if (timeout != Timeout.InfiniteTimeSpan)
            {
                _source = CancellationTokenSource.CreateLinkedTokenSource(caller);
                _source.CancelAfter(timeout);
            }
        }

        /// <summary>Cancelled by the caller or when the time is up.</summary>
        public CancellationToken Token => _source?.Token ?? _caller;

        /// <summary>True when the time is up and the caller did not cancel.</summary>
        public bool Expired => _source is { IsCancellationRequested: true } && !_caller.IsCancellationRequested;

        /// <summary>What HttpClient throws when its timeout elapses.</summary>
        public OperationCanceledException TimedOut(OperationCanceledException cancelled) =>
            Failures.Canceled(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The request was canceled due to the configured HttpClient.Timeout of {_timeout.TotalSeconds} seconds elapsing."),
                new TimeoutException(cancelled.Message, cancelled),
                Token);

        public void Dispose() => _source?.Dispose();
    }
}
