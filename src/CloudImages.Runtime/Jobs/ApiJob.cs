using System;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>An asynchronous job the service started, such as an image being created: poll it once with
    /// <see cref="UpdateStatusAsync"/>, or wait for it to finish with <see cref="WaitForCompletionAsync(CancellationToken)"/>.</summary>
    /// <remarks>
    /// <para>Once a poll reports a final state, the job is never polled again: every later call returns the same
    /// final status, or throws an <see cref="ApiJobFailedException"/> with the same data, without a request.</para>
    /// <para>An instance may be used by several callers at once. Polls are made one at a time, so the service sees
    /// no more requests than one caller would make, and <see cref="LastStatus"/> is always the status of the latest
    /// completed poll. Each wait keeps its own options, progress and cancellation; a wait whose turn comes after
    /// another caller's poll finished the job returns that outcome without polling.</para>
    /// </remarks>
    /// <typeparam name="TStatus">The job-status operation's response.</typeparam>
    public class ApiJob<TStatus>
    {
        private readonly ApiJobPolling<TStatus> _polling;
        private readonly Func<string, CancellationToken, Task<TStatus>> _poll;
        private readonly ApiJobWaitOptions _defaults;

        // One poll at a time; never disposed, as it never creates a wait handle.
        private readonly SemaphoreSlim _gate = new(1, 1);

        // The latest polled status, replaced whole so that readers never see a status with another's state.
        private Polled? _last;

        /// <summary>Creates a job that polls with <paramref name="poll"/>. Generated clients return jobs made
        /// this way; tests can make one with a scripted poll.</summary>
        /// <param name="id">The job's id, as the service returned it.</param>
        /// <param name="polling">How the job-status operation tells the job's state.</param>
        /// <param name="poll">Requests the job's status by its id.</param>
        /// <param name="defaults">The options of <see cref="WaitForCompletionAsync(CancellationToken)"/>; the
        /// defaults of <see cref="ApiJobWaitOptions"/> when null.</param>
        public ApiJob(
            string id,
            ApiJobPolling<TStatus> polling,
            Func<string, CancellationToken, Task<TStatus>> poll,
            ApiJobWaitOptions? defaults = null)
        {
            ArgumentException.ThrowIfNullOrEmpty(id);
            ArgumentNullException.ThrowIfNull(polling);
            ArgumentNullException.ThrowIfNull(poll);
            Id = id;
            _polling = polling;
            _poll = poll;
            _defaults = defaults ?? ApiJobWaitOptions.Default;
        }

        /// <summary>The job's id, as the service returned it.</summary>
        public string Id { get; }

        /// <summary>The status of the latest poll, by any caller; <see langword="default"/> before the first.</summary>
        public TStatus? LastStatus => Volatile.Read(ref _last) is { } last ? last.Status : default;

        /// <summary>Whether a poll reported a final state, success or failure; the job is not polled again.</summary>
        public bool HasCompleted => Volatile.Read(ref _last) is { State: not ApiJobState.Pending };

        /// <summary>Polls the job once, or, when it has completed, returns its final status without a request.</summary>
        /// <param name="cancellationToken">Cancels the poll.</param>
        /// <returns>The status: pending, or succeeded.</returns>
        /// <exception cref="ApiJobFailedException">The job failed.</exception>
        /// <exception cref="OperationCanceledException">The poll was cancelled.</exception>
        public async Task<TStatus> UpdateStatusAsync(CancellationToken cancellationToken = default)
        {
            var (last, _) = await PollAsync(cancellationToken).ConfigureAwait(false);
            return Outcome(last);
        }

        /// <summary>Polls until the job completes, with the options this job was made with.</summary>
        /// <param name="cancellationToken">Cancels the wait at once, during a delay or a poll.</param>
        /// <returns>The final status of a job that succeeded.</returns>
        /// <exception cref="ApiJobFailedException">The job failed.</exception>
        /// <exception cref="ApiJobTimeoutException">The job was still pending at the options' timeout.</exception>
        /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
        public Task<TStatus> WaitForCompletionAsync(CancellationToken cancellationToken = default) =>
            WaitForCompletionAsync(_defaults, null, cancellationToken);

        /// <summary>Polls until the job completes: the first poll after <see cref="ApiJobWaitOptions.InitialDelay"/>,
        /// each later one after twice the delay before, up to <see cref="ApiJobWaitOptions.MaxDelay"/>, until
        /// <see cref="ApiJobWaitOptions.Timeout"/>.</summary>
        /// <remarks>A job that has completed is returned (or thrown) at once, without a request. A status whose
        /// state the spec does not list counts as pending. An exception from a poll (an
        /// <see cref="ApiException"/>, a network failure) ends the wait as thrown; the job stays as it was, and may
        /// be waited for again.</remarks>
        /// <param name="options">How to poll.</param>
        /// <param name="progress">Receives every status this wait polls, the final one included.</param>
        /// <param name="cancellationToken">Cancels the wait at once, during a delay or a poll.</param>
        /// <returns>The final status of a job that succeeded.</returns>
        /// <exception cref="ApiJobFailedException">The job failed.</exception>
        /// <exception cref="ApiJobTimeoutException">The job was still pending at <see cref="ApiJobWaitOptions.Timeout"/>.</exception>
        /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
        public Task<TStatus> WaitForCompletionAsync(
            ApiJobWaitOptions options,
            IProgress<TStatus>? progress = null,
            CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(options);
            return WaitCoreAsync(options, progress, cancellationToken);
        }

        private async Task<TStatus> WaitCoreAsync(ApiJobWaitOptions options, IProgress<TStatus>? progress, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Volatile.Read(ref _last) is { State: not ApiJobState.Pending } completed)
            {
                return Outcome(completed);
            }

            var clock = options.TimeProvider;
            var started = clock.GetTimestamp();
            // The deadline cancels a delay or a poll in flight, so that a wait ends at its timeout.
            using var deadline = options.Timeout == Timeout.InfiniteTimeSpan
                ? new CancellationTokenSource()
                : TimeProviderTasks.CancelAfter(clock, options.Timeout);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            for (var delay = options.First; ; delay = options.Next(delay))
            {
                Polled last;
                bool polledNow;
                try
                {
                    await TimeProviderTasks.Delay(clock, delay, linked.Token).ConfigureAwait(false);
                    (last, polledNow) = await PollAsync(linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw TimedOut(clock.GetElapsedTime(started), e);
                }
                catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested && e.CancellationToken != cancellationToken)
                {
                    // Raised on the linked token: the caller's own token identifies the cancellation it asked for.
                    throw new OperationCanceledException(e.Message, e, cancellationToken);
                }

                if (polledNow)
                {
                    progress?.Report(last.Status);
                }

                if (last.State != ApiJobState.Pending)
                {
                    return Outcome(last);
                }

                if (deadline.IsCancellationRequested)
                {
                    throw TimedOut(clock.GetElapsedTime(started), null);
                }
            }
        }

        /// <summary>Polls, unless the job has completed; <c>Now</c> tells whether this call made the poll.</summary>
        private async Task<(Polled Last, bool Now)> PollAsync(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _last) is { State: not ApiJobState.Pending } completed)
            {
                return (completed, false);
            }

            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Another caller's poll may have completed the job while this one waited for its turn.
                if (Volatile.Read(ref _last) is { State: not ApiJobState.Pending } finished)
                {
                    return (finished, false);
                }

                var status = await _poll(Id, cancellationToken).ConfigureAwait(false);
                if (status is null)
                {
                    throw new InvalidOperationException($"The poll of job {MessageText.Escape(Id)} returned no status.");
                }

                var state = _polling.State(status);
                var last = new Polled(status, _polling.StateOfText(state), state);
                Volatile.Write(ref _last, last);
                return (last, true);
            }
            finally
            {
                _gate.Release();
            }
        }

        private TStatus Outcome(Polled last) => last.State == ApiJobState.Failed
            ? throw new ApiJobFailedException(
                Id, _polling.StatusOperationName, _polling.ErrorCode(last.Status), _polling.FailReason(last.Status), last.Status!)
            : last.Status;

        private ApiJobTimeoutException TimedOut(TimeSpan elapsed, Exception? cancellation) =>
            new(Id, elapsed, Volatile.Read(ref _last)?.StateText, cancellation);

        /// <summary>A polled status with the state it reports.</summary>
        private sealed class Polled(TStatus status, ApiJobState state, string? stateText)
        {
            public TStatus Status { get; } = status;

            public ApiJobState State { get; } = state;

            public string? StateText { get; } = stateText;
        }
    }
}
