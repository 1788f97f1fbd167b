using System.Net;
using CloudImages.Runtime;
using Xunit;

namespace CloudImages.Generators.Tests.Jobs
{
    /// <summary>Cancellation ends a wait at once, and a poll's own exceptions end it as thrown.</summary>
    public sealed class CancellationAndErrorTests
    {
        [Fact]
        public async Task A_token_cancelled_before_the_wait_throws_without_a_poll_or_a_timer()
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, new JobStatus("SUCCESS"));
            using var cancellation = new CancellationTokenSource();
            await cancellation.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => server.Job().WaitForCompletionAsync(server.Options(), null, cancellation.Token));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => server.Job().UpdateStatusAsync(cancellation.Token));

            Assert.Empty(server.PolledAt);
            Assert.Empty(clock.Requested);
        }

        [Fact]
        public async Task Cancelling_during_a_delay_ends_the_wait_at_once_without_the_clock_moving()
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, new JobStatus("SUCCESS"));
            var job = server.Job();
            using var cancellation = new CancellationTokenSource();

            var wait = job.WaitForCompletionAsync(server.Options(), null, cancellation.Token);
            Assert.False(wait.IsCompleted);
            await cancellation.CancelAsync();
            var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => JobClock.Guarded(wait));

            Assert.Equal(cancellation.Token, error.CancellationToken);
            Assert.Equal(TimeSpan.Zero, clock.Now);
            Assert.Empty(server.PolledAt);
            Assert.False(job.HasCompleted);
        }

        [Fact]
        public async Task Cancelling_after_a_poll_ends_the_wait_before_the_next_delay_ends()
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, new JobStatus("INIT"), new JobStatus("RUNNING"), new JobStatus("SUCCESS"));
            using var cancellation = new CancellationTokenSource();
            var progress = new CancelOn(cancellation, "RUNNING");

            var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => clock.RunAsync(server.Job().WaitForCompletionAsync(server.Options(), progress, cancellation.Token)));

            Assert.Equal(cancellation.Token, error.CancellationToken);
            Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6)], server.PolledAt);
            Assert.Equal(TimeSpan.FromSeconds(6), clock.Now);
        }

        [Fact]
        public async Task Cancelling_during_a_poll_cancels_the_poll_and_is_not_a_timeout()
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, (_, token) => ScriptedJob.NeverAnswered(token));
            using var cancellation = new CancellationTokenSource();

            var wait = server.Job().WaitForCompletionAsync(server.Options(), null, cancellation.Token);
            clock.Advance(TimeSpan.FromSeconds(2));
            await JobClock.Guarded(server.FirstPoll);
            await cancellation.CancelAsync();
            var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => JobClock.Guarded(wait));

            Assert.IsNotType<ApiJobTimeoutException>(error);
            Assert.Equal(cancellation.Token, error.CancellationToken);
            Assert.Equal(TimeSpan.FromSeconds(2), clock.Now);
        }

        [Fact]
        public async Task An_exception_from_a_poll_propagates_as_thrown_and_the_job_can_be_waited_for_again()
        {
            var clock = new JobClock();
            var failure = new HttpRequestException("connection reset");
            var init = new JobStatus("INIT");
            var final = new JobStatus("SUCCESS");
            var server = new ScriptedJob(clock, (n, _) => n switch
            {
                0 => Task.FromResult(init),
                1 => Task.FromException<JobStatus>(failure),
                _ => Task.FromResult(final),
            });
            var job = server.Job();

            var thrown = await Assert.ThrowsAsync<HttpRequestException>(() => clock.RunAsync(job.WaitForCompletionAsync(server.Options())));

            Assert.Same(failure, thrown);
            Assert.Same(init, job.LastStatus);
            Assert.False(job.HasCompleted);
            Assert.Same(final, await clock.RunAsync(job.WaitForCompletionAsync(server.Options())));
            Assert.Equal(3, server.PolledAt.Count);
        }

        [Fact]
        public async Task An_ApiException_thrown_synchronously_by_the_poll_propagates_as_thrown()
        {
            var clock = new JobClock();
            var failure = new ApiException(ApiFailureKind.ErrorStatus, "ShowJob", HttpStatusCode.NotFound, "IMS.0404", "no such job", "req-1", null);
            var server = new ScriptedJob(clock, (_, _) => throw failure);

            var thrown = await Assert.ThrowsAsync<ApiException>(() => clock.RunAsync(server.Job().WaitForCompletionAsync(server.Options())));

            Assert.Same(failure, thrown);
        }

        [Fact]
        public async Task A_cancellation_the_poll_raises_itself_propagates_and_is_not_taken_for_the_timeout()
        {
            // As HttpClient.Timeout raises it: a TaskCanceledException the caller's token did not cause.
            var clock = new JobClock();
            var httpTimeout = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout.");
            var server = new ScriptedJob(clock, (_, _) => Task.FromException<JobStatus>(httpTimeout));

            var thrown = await Assert.ThrowsAsync<TaskCanceledException>(() => clock.RunAsync(server.Job().WaitForCompletionAsync(server.Options())));

            Assert.Same(httpTimeout, thrown);
        }

        /// <summary>Cancels the wait when a status in the given state is reported.</summary>
        private sealed class CancelOn(CancellationTokenSource cancellation, string state) : IProgress<JobStatus>
        {
            public void Report(JobStatus value)
            {
                if (value.Status == state)
                {
                    cancellation.Cancel();
                }
            }
        }
    }
}
