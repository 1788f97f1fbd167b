using CloudImages.Runtime;
using Xunit;

namespace CloudImages.Generators.Tests.Jobs
{
    /// <summary>A job-status response, as a generated client would read it.</summary>
    internal sealed record JobStatus(string? Status, string? ErrorCode = null, string? FailReason = null, string? ImageId = null);

    /// <summary>A server that answers a job's polls from a script, the last answer repeating, and records when
    /// each poll came on the clock.</summary>
    internal sealed class ScriptedJob
    {
        public const string Id = "job-4f1c";

        public static readonly ApiJobPolling<JobStatus> Polling = new(
            "ShowJob",
            static s => s.Status,
            ["SUCCESS"],
            ["FAIL"],
            ["INIT", "RUNNING"],
            static s => s.ErrorCode,
            static s => s.FailReason);

        private readonly JobClock _clock;
        private readonly Func<int, CancellationToken, Task<JobStatus>> _answer;
        private readonly List<TimeSpan> _polledAt = [];
        private readonly TaskCompletionSource _firstPoll = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ScriptedJob(JobClock clock, params JobStatus[] answers)
            : this(clock, (n, _) => Task.FromResult(answers[Math.Min(n, answers.Length - 1)]))
        {
        }

        /// <summary>A server whose answer to poll n (from 0) is <paramref name="answer"/>'s.</summary>
        public ScriptedJob(JobClock clock, Func<int, CancellationToken, Task<JobStatus>> answer)
        {
            _clock = clock;
            _answer = answer;
        }

        /// <summary>When each poll came, on the clock.</summary>
        public IReadOnlyList<TimeSpan> PolledAt
        {
            get
            {
                lock (_polledAt)
                {
                    return [.. _polledAt];
                }
            }
        }

        /// <summary>Ends when the first poll starts.</summary>
        public Task FirstPoll => _firstPoll.Task;

        public ApiJob<JobStatus> Job(ApiJobWaitOptions? defaults = null) => new(Id, Polling, Poll, defaults);

        public ApiJobWaitOptions Options(double initialSeconds = 2, double maxSeconds = 30, double timeoutSeconds = 3600) => new()
        {
            InitialDelay = TimeSpan.FromSeconds(initialSeconds),
            MaxDelay = TimeSpan.FromSeconds(maxSeconds),
            Timeout = TimeSpan.FromSeconds(timeoutSeconds),
            TimeProvider = _clock,
        };

        private Task<JobStatus> Poll(string id, CancellationToken cancellationToken)
        {
            Assert.Equal(Id, id);
            int n;
            lock (_polledAt)
            {
                n = _polledAt.Count;
                _polledAt.Add(_clock.Now);
            }

            _firstPoll.TrySetResult();
            return _answer(n, cancellationToken);
        }

        /// <summary>An answer that never comes: the poll ends only when its token is cancelled.</summary>
        public static Task<JobStatus> NeverAnswered(CancellationToken token)
        {
            var never = new TaskCompletionSource<JobStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
            token.Register(() => never.TrySetCanceled(token));
            return never.Task;
        }
    }
}
