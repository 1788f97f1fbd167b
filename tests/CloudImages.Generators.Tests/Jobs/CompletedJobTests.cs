using CloudImages.Runtime;
using Xunit;

namespace CloudImages.Generators.Tests.Jobs
{
    /// <summary>A job that reached a final state is never polled again: each later call has the same outcome.</summary>
    public sealed class CompletedJobTests
    {
        [Fact]
        public async Task A_succeeded_job_returns_its_final_status_again_without_a_request()
        {
            var clock = new JobClock();
            var final = new JobStatus("SUCCESS", ImageId: "img-1");
            var server = new ScriptedJob(clock, new JobStatus("RUNNING"), final);
            var job = server.Job();
            await clock.RunAsync(job.WaitForCompletionAsync(server.Options()));
            var timers = clock.Requested.Count;
            var progress = new Reports<JobStatus>();

            Assert.Same(final, await Answered(job.WaitForCompletionAsync(server.Options(), progress)));
            Assert.Same(final, await Answered(job.WaitForCompletionAsync()));
            Assert.Same(final, await Answered(job.UpdateStatusAsync()));

            Assert.Equal(2, server.PolledAt.Count);
            Assert.Equal(timers, clock.Requested.Count);
            // Progress reports polls; a completed job makes none.
            Assert.Empty(progress.Items);
        }

        [Fact]
        public async Task A_failed_job_throws_the_same_failure_again_without_a_request()
        {
            var clock = new JobClock();
            var failed = new JobStatus("FAIL", "IMS.0001", "quota");
            var server = new ScriptedJob(clock, failed);
            var job = server.Job();
            var first = await Assert.ThrowsAsync<ApiJobFailedException>(() => clock.RunAsync(job.WaitForCompletionAsync(server.Options())));

            var again = await Assert.ThrowsAsync<ApiJobFailedException>(() => Answered(job.WaitForCompletionAsync(server.Options())));
            var update = await Assert.ThrowsAsync<ApiJobFailedException>(() => Answered(job.UpdateStatusAsync()));

            foreach (var error in new[] { again, update })
            {
                Assert.Equal(first.Message, error.Message);
                Assert.Same(failed, error.Status);
                Assert.Equal(first.ErrorCode, error.ErrorCode);
                Assert.Equal(first.FailReason, error.FailReason);
            }

            Assert.Single(server.PolledAt);
        }

        [Fact]
        public async Task UpdateStatusAsync_polls_once_and_a_failed_status_throws()
        {
            var clock = new JobClock();
            var running = new JobStatus("RUNNING");
            var failed = new JobStatus("FAIL", "IMS.0002", "no space");
            var server = new ScriptedJob(clock, running, failed);
            var job = server.Job();
            Assert.Null(job.LastStatus);
            Assert.False(job.HasCompleted);

            Assert.Same(running, await Answered(job.UpdateStatusAsync()));
            Assert.Same(running, job.LastStatus);
            Assert.False(job.HasCompleted);
            var error = await Assert.ThrowsAsync<ApiJobFailedException>(() => Answered(job.UpdateStatusAsync()));

            Assert.Same(failed, error.Status);
            Assert.True(job.HasCompleted);
            Assert.Equal(2, server.PolledAt.Count);
            // No delay: one poll is one request, at once.
            Assert.Empty(clock.Requested);
        }

        [Fact]
        public async Task A_wait_after_a_manual_poll_still_waits_the_initial_delay_first()
        {
            var clock = new JobClock();
            var server = new ScriptedJob(clock, new JobStatus("RUNNING"), new JobStatus("SUCCESS"));
            var job = server.Job();
            await Answered(job.UpdateStatusAsync());

            await clock.RunAsync(job.WaitForCompletionAsync(server.Options()));

            Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(2)], server.PolledAt);
        }

        /// <summary>The task, which must have ended already: the call made no request, or one the server answered
        /// at once, and waited on no timer.</summary>
        private static Task<T> Answered<T>(Task<T> task)
        {
            Assert.True(task.IsCompleted, "The call did not answer at once.");
            return task;
        }
    }
}
