using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>How long jobs take, and which fail. Read when a job starts, so a test may change it between
    /// requests.</summary>
    public sealed class ImsJobOptions
    {
        /// <summary>How long a job stays INIT; 1 second by default.</summary>
        public TimeSpan InitDuration { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>How long a job then stays RUNNING; 4 seconds by default.</summary>
        public TimeSpan RunDuration { get; set; } = TimeSpan.FromSeconds(4);

        /// <summary>The RUNNING time of particular job types (by <c>job_type</c>), overriding <see cref="RunDuration"/>.</summary>
        public IDictionary<string, TimeSpan> RunDurations { get; } = new ConcurrentDictionary<string, TimeSpan>(StringComparer.Ordinal);

        /// <summary>Job types whose jobs fail, and how: every job of the type fails until removed from here.</summary>
        public IDictionary<string, ImsJobFailure> Failures { get; } = new ConcurrentDictionary<string, ImsJobFailure>(StringComparer.Ordinal);
    }

    /// <summary>How an injected job failure ends: the job's <c>error_code</c> and <c>fail_reason</c>.</summary>
    /// <param name="ErrorCode">An IMS code, such as IMS.0005 (the job page's examples).</param>
    /// <param name="FailReason">The reason text.</param>
    public sealed record ImsJobFailure(string ErrorCode, string FailReason);
}
