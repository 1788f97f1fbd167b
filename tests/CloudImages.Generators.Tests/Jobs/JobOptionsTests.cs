using CloudImages.Runtime;
using Xunit;

namespace CloudImages.Generators.Tests.Jobs
{
    /// <summary>The wait options' defaults and limits, and how a job-status operation's states are read.</summary>
    public sealed class JobOptionsTests
    {
        [Fact]
        public void The_defaults_are_2_seconds_doubling_to_30_for_at_most_an_hour_on_the_system_clock()
        {
            var options = new ApiJobWaitOptions();

            Assert.Equal(TimeSpan.FromSeconds(2), options.InitialDelay);
            Assert.Equal(TimeSpan.FromSeconds(30), options.MaxDelay);
            Assert.Equal(TimeSpan.FromHours(1), options.Timeout);
            Assert.Same(TimeProvider.System, options.TimeProvider);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        [InlineData(50 * 24 * 3600)]
        public void A_delay_or_timeout_that_is_not_positive_or_beyond_a_timer_is_refused(double seconds)
        {
            var value = TimeSpan.FromSeconds(seconds);

            Assert.Equal("InitialDelay", Assert.Throws<ArgumentOutOfRangeException>(() => new ApiJobWaitOptions { InitialDelay = value }).ParamName);
            Assert.Equal("MaxDelay", Assert.Throws<ArgumentOutOfRangeException>(() => new ApiJobWaitOptions { MaxDelay = value }).ParamName);
            Assert.Equal("Timeout", Assert.Throws<ArgumentOutOfRangeException>(() => new ApiJobWaitOptions { Timeout = value }).ParamName);
        }

        [Fact]
        public void Only_the_timeout_may_be_infinite_and_the_clock_may_not_be_null()
        {
            Assert.Equal(Timeout.InfiniteTimeSpan, new ApiJobWaitOptions { Timeout = Timeout.InfiniteTimeSpan }.Timeout);
            Assert.Throws<ArgumentOutOfRangeException>(() => new ApiJobWaitOptions { MaxDelay = Timeout.InfiniteTimeSpan });
            Assert.Throws<ArgumentNullException>(() => new ApiJobWaitOptions { TimeProvider = null! });
        }

        [Theory]
        [InlineData("SUCCESS", ApiJobState.Succeeded)]
        [InlineData("FAIL", ApiJobState.Failed)]
        [InlineData("INIT", ApiJobState.Pending)]
        [InlineData("RUNNING", ApiJobState.Pending)]
        [InlineData("success", ApiJobState.Pending)]
        [InlineData("SUCCESS ", ApiJobState.Pending)]
        [InlineData("QUEUED", ApiJobState.Pending)]
        [InlineData("", ApiJobState.Pending)]
        [InlineData(null, ApiJobState.Pending)]
        public void A_state_is_final_only_when_listed_exactly(string? state, ApiJobState expected)
        {
            Assert.Equal(expected, ScriptedJob.Polling.StateOf(new JobStatus(state)));
        }

        [Fact]
        public void A_state_listed_twice_or_a_null_state_is_refused()
        {
            Assert.Throws<ArgumentException>(() => Polling(["SUCCESS"], ["SUCCESS"], []));
            Assert.Throws<ArgumentException>(() => Polling(["DONE"], ["FAIL"], ["RUNNING", "RUNNING"]));
            Assert.Throws<ArgumentException>(() => Polling(["DONE"], [null!], []));
            Assert.Equal(["DONE"], Polling(["DONE"], ["FAIL"], ["RUNNING"]).Succeeded);
        }

        [Fact]
        public void A_job_needs_an_id_a_polling_and_a_poll()
        {
            Task<JobStatus> Poll(string id, CancellationToken token) => Task.FromResult(new JobStatus("SUCCESS"));

            Assert.Throws<ArgumentException>(() => new ApiJob<JobStatus>("", ScriptedJob.Polling, Poll));
            Assert.Throws<ArgumentNullException>(() => new ApiJob<JobStatus>(null!, ScriptedJob.Polling, Poll));
            Assert.Throws<ArgumentNullException>(() => new ApiJob<JobStatus>("j", null!, Poll));
            Assert.Throws<ArgumentNullException>(() => new ApiJob<JobStatus>("j", ScriptedJob.Polling, null!));
            // Thrown at the call, not in the task.
            var job = new ApiJob<JobStatus>("j", ScriptedJob.Polling, Poll);
            Assert.Throws<ArgumentNullException>(() => { _ = job.WaitForCompletionAsync(null!); });
        }

        private static ApiJobPolling<JobStatus> Polling(string[] succeeded, string[] failed, string[] pending) =>
            new("ShowJob", s => s.Status, succeeded, failed, pending, s => s.ErrorCode, s => s.FailReason);
    }
}
