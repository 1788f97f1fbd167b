using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Runtime
{
    /// <summary>How one job-status operation tells a job's state: the data a generated client supplies, once per
    /// operation, to each <see cref="ApiJob{TStatus}"/> it returns.</summary>
    /// <typeparam name="TStatus">The job-status operation's response.</typeparam>
    public sealed class ApiJobPolling<TStatus>
    {
        private readonly string[] _succeeded;
        private readonly string[] _failed;
        private readonly string[] _pending;

        /// <summary>Describes the job-status operation.</summary>
        /// <param name="statusOperationName">The job-status operation, as the spec names it.</param>
        /// <param name="state">A status's state text, such as <c>RUNNING</c>; null when the status has none.</param>
        /// <param name="succeeded">The state texts that mean the job succeeded.</param>
        /// <param name="failed">The state texts that mean the job failed.</param>
        /// <param name="pending">The state texts documented as not finished yet.</param>
        /// <param name="errorCode">A failed status's error code, if any.</param>
        /// <param name="failReason">A failed status's reason, if any.</param>
        /// <exception cref="ArgumentException">A state text is null, or listed twice.</exception>
        public ApiJobPolling(
            string statusOperationName,
            Func<TStatus, string?> state,
            IReadOnlyList<string> succeeded,
            IReadOnlyList<string> failed,
            IReadOnlyList<string> pending,
            Func<TStatus, string?> errorCode,
            Func<TStatus, string?> failReason)
        {
            ArgumentException.ThrowIfNullOrEmpty(statusOperationName);
            ArgumentNullException.ThrowIfNull(state);
            ArgumentNullException.ThrowIfNull(succeeded);
            ArgumentNullException.ThrowIfNull(failed);
            ArgumentNullException.ThrowIfNull(pending);
            ArgumentNullException.ThrowIfNull(errorCode);
            ArgumentNullException.ThrowIfNull(failReason);
            StatusOperationName = statusOperationName;
            State = state;
            ErrorCode = errorCode;
            FailReason = failReason;
            _succeeded = [.. succeeded];
            _failed = [.. failed];
            _pending = [.. pending];

            // A state in two lists would make StateOf depend on the order it looks in.
            var all = _succeeded.Concat(_failed).Concat(_pending).ToList();
            if (all.Contains(null!))
            {
                throw new ArgumentException("A state text is null.", nameof(succeeded));
            }

            if (all.Distinct(StringComparer.Ordinal).Count() != all.Count)
            {
                throw new ArgumentException("A state text is listed more than once.", nameof(succeeded));
            }
        }

        /// <summary>The job-status operation, as the spec names it.</summary>
        public string StatusOperationName { get; }

        /// <summary>The state texts that mean the job succeeded.</summary>
        public IReadOnlyList<string> Succeeded => _succeeded;

        /// <summary>The state texts that mean the job failed.</summary>
        public IReadOnlyList<string> Failed => _failed;

        /// <summary>The state texts documented as not finished yet.</summary>
        public IReadOnlyList<string> Pending => _pending;

        internal Func<TStatus, string?> State { get; }

        internal Func<TStatus, string?> ErrorCode { get; }

        internal Func<TStatus, string?> FailReason { get; }

        /// <summary>The state a polled status reports.</summary>
        /// <remarks>State texts compare exactly (ordinal, case-sensitive). A status whose state is missing, or is in
        /// none of the lists (a state the service added, or a hostile one), counts as
        /// <see cref="ApiJobState.Pending"/>: waiting goes on, and ends at the wait's
        /// <see cref="ApiJobWaitOptions.Timeout"/> unless a later status is final.</remarks>
        /// <param name="status">A polled status.</param>
        /// <returns>The job's state.</returns>
        public ApiJobState StateOf(TStatus status)
        {
            if (status is null)
            {
                throw new ArgumentNullException(nameof(status));
            }

            return StateOfText(State(status));
        }

        /// <summary>The state a state text means.</summary>
        internal ApiJobState StateOfText(string? text)
        {
            return text is null ? ApiJobState.Pending
                : Array.IndexOf(_succeeded, text) >= 0 ? ApiJobState.Succeeded
                : Array.IndexOf(_failed, text) >= 0 ? ApiJobState.Failed
                : ApiJobState.Pending;
        }
    }
}
