using System;
using System.Text;

namespace CloudImages.Runtime
{
    /// <summary>An asynchronous job that the service reports as failed.</summary>
    /// <remarks>The server's text (job id, error code, reason) appears in <see cref="Exception.Message"/> with
    /// control characters escaped and cut to a few hundred characters, as in <see cref="ApiException"/>; the
    /// properties hold it as sent.</remarks>
    public sealed class ApiJobFailedException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="jobId">The job's id.</param>
        /// <param name="operationName">The job-status operation that reported the failure, as the spec names it.</param>
        /// <param name="errorCode">The service's error code, if the status carried one.</param>
        /// <param name="failReason">The service's reason, if the status carried one.</param>
        /// <param name="status">The final status.</param>
        public ApiJobFailedException(string jobId, string operationName, string? errorCode, string? failReason, object status)
            : base(Describe(jobId, operationName, errorCode, failReason))
        {
            JobId = jobId;
            OperationName = operationName;
            ErrorCode = errorCode;
            FailReason = failReason;
            Status = status ?? throw new ArgumentNullException(nameof(status));
        }

        /// <summary>The job's id; as sent.</summary>
        public string JobId { get; }

        /// <summary>The job-status operation that reported the failure, as the spec names it.</summary>
        public string OperationName { get; }

        /// <summary>The service's error code, such as <c>IMG.0024</c>, when the status carried one; as sent.</summary>
        public string? ErrorCode { get; }

        /// <summary>The service's reason for the failure, when the status carried one; as sent.</summary>
        public string? FailReason { get; }

        /// <summary>The final status, of the job-status operation's response type.</summary>
        public object Status { get; }

        private static string Describe(string jobId, string operationName, string? errorCode, string? failReason)
        {
            ArgumentNullException.ThrowIfNull(jobId);
            ArgumentNullException.ThrowIfNull(operationName);
            var text = new StringBuilder("Job ").Append(MessageText.Escape(jobId));
            text.Append(" failed, as ").Append(operationName).Append(" reports");
            if (errorCode is not null)
            {
                text.Append(' ').Append(MessageText.Escape(errorCode));
            }

            // As ApiException's message: "CODE: text"; the server's text keeps its own last full stop.
            return failReason is null
                ? text.Append('.').ToString()
                : text.Append(": ").Append(MessageText.Escape(failReason)).ToString();
        }
    }
}
