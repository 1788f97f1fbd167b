using System;
using System.Globalization;
using System.Text;

namespace CloudImages.Runtime
{
    /// <summary>A wait for an asynchronous job that reached its <see cref="ApiJobWaitOptions.Timeout"/> while the job
    /// was still pending. The job may still finish: wait again, or look it up later by <see cref="JobId"/>.</summary>
    /// <remarks>The server's text (job id, state) appears in <see cref="Exception.Message"/> with control characters
    /// escaped and cut to a few hundred characters, as in <see cref="ApiException"/>; the properties hold it as
    /// sent.</remarks>
    public sealed class ApiJobTimeoutException : TimeoutException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="jobId">The job's id.</param>
        /// <param name="elapsed">How long the wait took, on the wait's clock.</param>
        /// <param name="lastState">The state text of the last polled status; null when no status was polled or it had no state.</param>
        /// <param name="innerException">The cancellation that stopped a delay or a poll at the timeout, if any.</param>
        public ApiJobTimeoutException(string jobId, TimeSpan elapsed, string? lastState, Exception? innerException = null)
            : base(Describe(jobId, elapsed, lastState), innerException)
        {
            JobId = jobId;
            Elapsed = elapsed;
            LastState = lastState;
        }

        /// <summary>The job's id; as sent.</summary>
        public string JobId { get; }

        /// <summary>How long the wait took, on the wait's clock.</summary>
        public TimeSpan Elapsed { get; }

        /// <summary>The state text of the last polled status, as sent; null when no status was polled or it had
        /// no state.</summary>
        public string? LastState { get; }

        private static string Describe(string jobId, TimeSpan elapsed, string? lastState)
        {
            ArgumentNullException.ThrowIfNull(jobId);
            var text = new StringBuilder("Job ").Append(MessageText.Escape(jobId));
            text.Append(" was still pending after ").Append(elapsed.ToString("c", CultureInfo.InvariantCulture));
            if (lastState is null)
            {
                text.Append(", in no known state");
            }
            else
            {
                text.Append(", in state ").Append(MessageText.Escape(lastState));
            }

            return text.Append('.').ToString();
        }
    }
}
