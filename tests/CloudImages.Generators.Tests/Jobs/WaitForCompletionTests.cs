using CloudImages.Runtime;
using Xunit;

namespace CloudImages.Generators.Tests.Jobs
{
    /// <summary>A wait polls with back-off on its clock until a final state, and ends with the job's outcome.</summary>
    public sealed class WaitForCompletionTests
    {
        private static TimeSpan[] Seconds(params double[] values) => values.Select(TimeSpan.FromSeconds).ToArray();

        [Fact]
        public async Task A_job_that_succeeds_after_INIT_and_RUNNING_returns_the_final_status()
        {
            var clock = new JobClock();
            var final = new JobStatus("SUCCESS", ImageId: "img-7a2");
            var statuses = new[] { new JobStatus("INIT"), new JobStatus("RUNNING"), final };
            var server = new ScriptedJob(clock, statuses);
            var job = server.Job();
            var progress = new Reports<JobStatus>();

            var status = await clock.RunAsync(job.WaitForCompletionAsync(server.Options(), progress));

            Assert.Same(final, status);
            Assert.Equal("img-7a2", status.ImageId);
            Assert.Equal(statuses, progress.Items);
            Assert.Equal(Seconds(2, 6, 14), server.PolledAt);
            Assert.True(job.HasCompleted);
            Assert.Same(final, job.LastStatus);
            Assert.Equal(ScriptedJob.Id, job.Id);
        }

        [Theory]
        // The defaults: 2 s, doubling up to 30 s.
        [InlineData(2, 30, new double[] { 2, 4, 8, 16, 30, 30, 30 })]
        [InlineData(1, 5, new double[] { 1, 2, 4, 5, 5, 5, 5 })]
        // A first delay longer than the longest is cut to it.
        [InlineData(10, 3, new double[] { 3, 3, 3, 3, 3, 3, 3 })]
        [InlineData(0.25, 1.5, new double[] { 0.25, 0.5, 1, 1.5, 1.5, 1.5, 1.5 })]
        public async Task Delays_double_from_the_initial_delay_up_to_the_longest(double initial, double max, double[] delays)
        {
            var clock = new JobClock();
            var running = Enumerable.Repeat(new JobStatus("RUNNING"), delays.Length - 1);
            var server = new ScriptedJob(clock, [.. running, new JobStatus("SUCCESS")]);

            await clock.RunAsync(server.Job().WaitForCompletionAsync(server.Options(initial, max)));

            // The wait's deadline, then one delay before each poll.
            Assert.Equal(Seconds([3600, .. delays]), clock.Requested);
            var at = TimeSpan.Zero;
            Assert.Equal(Seconds(delays).Select(d => at += d), server.PolledAt);
        }

        [Fact]
        public async Task The_default_options_poll_after_2_6_14_30_and_60_seconds_then_every_30_within_an_hour()
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, [.. Enumerable.Repeat(new JobStatus("RUNNING"), 7), new JobStatus("SUCCESS")]);
            var defaults = new ApiJobWaitOptions { TimeProvider = clock };

            await clock.RunAsync(server.Job(defaults).WaitForCompletionAsync());

            Assert.Equal(Seconds(3600, 2, 4, 8, 16, 30, 30, 30, 30), clock.Requested);
            Assert.Equal(Seconds(2, 6, 14, 30, 60, 90, 120, 150), server.PolledAt);
        }

        [Fact]
        public async Task A_job_without_a_timeout_waits_with_no_deadline()
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, new JobStatus("INIT"), new JobStatus("SUCCESS"));
            var options = new ApiJobWaitOptions { Timeout = Timeout.InfiniteTimeSpan, TimeProvider = clock };

            await clock.RunAsync(server.Job().WaitForCompletionAsync(options));

            Assert.Equal(Seconds(2, 4), clock.Requested);
        }

        [Fact]
        public async Task A_failed_job_throws_its_code_reason_status_and_operation()
        {
            var clock = new JobClock();
            var failed = new JobStatus("FAIL", "IMS.0112", "The image file is not a valid VHD.");
            var server = new ScriptedJob(clock, new JobStatus("RUNNING"), failed);
            var job = server.Job();
            var progress = new Reports<JobStatus>();

            var error = await Assert.ThrowsAsync<ApiJobFailedException>(() => clock.RunAsync(job.WaitForCompletionAsync(server.Options(), progress)));

            Assert.Equal(ScriptedJob.Id, error.JobId);
            Assert.Equal("IMS.0112", error.ErrorCode);
            Assert.Equal("The image file is not a valid VHD.", error.FailReason);
            Assert.Same(failed, error.Status);
            Assert.Equal("ShowJob", error.OperationName);
            Assert.Equal("Job job-4f1c failed, as ShowJob reports IMS.0112: The image file is not a valid VHD.", error.Message);
            Assert.Same(failed, progress.Items[^1]);
            Assert.True(job.HasCompleted);
            Assert.Same(failed, job.LastStatus);
        }

        [Fact]
        public async Task A_failure_without_code_or_reason_still_says_which_job()
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, new JobStatus("FAIL"));

            var error = await Assert.ThrowsAsync<ApiJobFailedException>(() => clock.RunAsync(server.Job().WaitForCompletionAsync(server.Options())));

            Assert.Null(error.ErrorCode);
            Assert.Null(error.FailReason);
            Assert.Equal("Job job-4f1c failed, as ShowJob reports.", error.Message);
        }

        [Fact]
        public async Task A_hostile_fail_reason_is_escaped_and_cut_in_the_message_and_kept_whole_in_the_property()
        {
            var clock = new JobClock();
            var reason = "disk full\r\n2026-03-01 INFO forged line \u001b[2J" + new string('x', 100_000);
            var server = new ScriptedJob(clock, new JobStatus("FAIL", "IMS\n0001", reason));

            var error = await Assert.ThrowsAsync<ApiJobFailedException>(() => clock.RunAsync(server.Job().WaitForCompletionAsync(server.Options())));

            Assert.Equal(reason, error.FailReason);
            Assert.Equal("IMS\n0001", error.ErrorCode);
            Assert.DoesNotContain('\n', error.Message);
            Assert.DoesNotContain('\r', error.Message);
            Assert.DoesNotContain('\u001b', error.Message);
            Assert.Contains(@"IMS\n0001: disk full\r\n2026-03-01 INFO forged line \u001b[2J", error.Message, StringComparison.Ordinal);
            Assert.Contains($"({reason.Length} characters)", error.Message, StringComparison.Ordinal);
            Assert.True(error.Message.Length < 800, error.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public async Task A_job_that_never_finishes_ends_at_the_timeout_naming_the_job_the_time_and_the_last_state()
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, new JobStatus("INIT"), new JobStatus("RUNNING"));
            var job = server.Job();

            var timeout = await Assert.ThrowsAsync<ApiJobTimeoutException>(
                () => clock.RunAsync(job.WaitForCompletionAsync(server.Options(timeoutSeconds: 100))));

            Assert.Equal(ScriptedJob.Id, timeout.JobId);
            Assert.Equal(TimeSpan.FromSeconds(100), timeout.Elapsed);
            Assert.Equal("RUNNING", timeout.LastState);
            Assert.Equal("Job job-4f1c was still pending after 00:01:40, in state RUNNING.", timeout.Message);
            Assert.IsAssignableFrom<OperationCanceledException>(timeout.InnerException);
            Assert.Equal(Seconds(2, 6, 14, 30, 60, 90), server.PolledAt);
            Assert.Equal(TimeSpan.FromSeconds(100), clock.Now);
            Assert.False(job.HasCompleted);
        }

        [Theory]
        [InlineData("QUEUED")]
        [InlineData("success")]
        [InlineData("")]
        [InlineData(null)]
        public async Task A_state_the_spec_does_not_list_counts_as_pending_until_the_timeout(string? state)
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, new JobStatus(state));

            var timeout = await Assert.ThrowsAsync<ApiJobTimeoutException>(
                () => clock.RunAsync(server.Job().WaitForCompletionAsync(server.Options(timeoutSeconds: 20))));

            Assert.Equal(state, timeout.LastState);
            Assert.Equal(Seconds(2, 6, 14), server.PolledAt);
            Assert.Equal(TimeSpan.FromSeconds(20), timeout.Elapsed);
        }

        [Fact]
        public async Task A_hostile_state_is_escaped_in_the_timeout_message_and_kept_in_the_property()
        {
            var clock = new JobClock();
            var state = "RUN\nNING \u001b[31m" + new string('y', 5000);
            var server = new ScriptedJob(clock, new JobStatus(state));

            var timeout = await Assert.ThrowsAsync<ApiJobTimeoutException>(
                () => clock.RunAsync(server.Job().WaitForCompletionAsync(server.Options(timeoutSeconds: 5))));

            Assert.Equal(state, timeout.LastState);
            Assert.StartsWith(@"Job job-4f1c was still pending after 00:00:05, in state RUN\nNING \u001b[31m", timeout.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', timeout.Message);
            Assert.True(timeout.Message.Length < 500);
        }

        [Fact]
        public async Task A_timeout_before_the_first_poll_says_no_state_is_known()
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, new JobStatus("RUNNING"));

            var timeout = await Assert.ThrowsAsync<ApiJobTimeoutException>(
                () => clock.RunAsync(server.Job().WaitForCompletionAsync(server.Options(initialSeconds: 10, timeoutSeconds: 5))));

            Assert.Null(timeout.LastState);
            Assert.Empty(server.PolledAt);
            Assert.Equal("Job job-4f1c was still pending after 00:00:05, in no known state.", timeout.Message);
        }

        [Fact]
        public async Task A_poll_that_never_answers_is_cancelled_at_the_timeout()
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, (_, token) => ScriptedJob.NeverAnswered(token));

            var wait = server.Job().WaitForCompletionAsync(server.Options(timeoutSeconds: 10));
            clock.Advance(TimeSpan.FromSeconds(2));
            await JobClock.Guarded(server.FirstPoll);
            clock.Advance(TimeSpan.FromSeconds(8));
            var timeout = await Assert.ThrowsAsync<ApiJobTimeoutException>(() => JobClock.Guarded(wait));

            Assert.Equal(TimeSpan.FromSeconds(10), timeout.Elapsed);
            Assert.Null(timeout.LastState);
            Assert.IsAssignableFrom<OperationCanceledException>(timeout.InnerException);
        }

        [Fact]
        public async Task The_jobs_own_defaults_serve_the_wait_without_options()
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, new JobStatus("RUNNING"), new JobStatus("SUCCESS"));

            await clock.RunAsync(server.Job(server.Options(initialSeconds: 5, maxSeconds: 7, timeoutSeconds: 60)).WaitForCompletionAsync());

            Assert.Equal(Seconds(60, 5, 7), clock.Requested);
        }

        [Fact]
        public async Task A_poll_that_returns_no_status_is_an_error_naming_the_job()
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, (_, _) => Task.FromResult<JobStatus>(null!));

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => clock.RunAsync(server.Job().WaitForCompletionAsync(server.Options())));

            Assert.Contains(ScriptedJob.Id, error.Message, StringComparison.Ordinal);
        }
    }
}
