using CloudImages.Runtime;
using Xunit;

namespace CloudImages.Generators.Tests.Jobs
{
    /// <summary>Callers that use one job at once share its polls one at a time, and its outcome.</summary>
    public sealed class ConcurrentWaitTests
    {
        [Fact]
        public async Task Two_waits_at_once_make_one_poll_at_a_time_and_both_get_the_outcome_it_found()
        {
            var clock = new JobClock();
            var final = new JobStatus("SUCCESS", ImageId: "img-2");
            var answer = new TaskCompletionSource<JobStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
            var server = new ScriptedJob(clock, (_, _) => answer.Task);
            var job = server.Job();
            var first = new Reports<JobStatus>();
            var second = new Reports<JobStatus>();

            var waits = new[]
            {
                job.WaitForCompletionAsync(server.Options(), first),
                job.WaitForCompletionAsync(server.Options(), second),
            };
            // Both delays end together; one wait polls, the other waits for its turn.
            clock.Advance(TimeSpan.FromSeconds(2));
            await JobClock.Guarded(server.FirstPoll);
            answer.SetResult(final);
            await JobClock.Guarded(Task.WhenAll(waits));
            var results = await Task.WhenAll(waits);

            Assert.All(results, r => Assert.Same(final, r));
            Assert.Single(server.PolledAt);
            // The status went to the wait that polled it.
            Assert.Equal([final], first.Items.Concat(second.Items));
        }

        [Fact]
        public async Task Concurrent_manual_polls_do_not_overlap_and_the_last_status_is_one_that_was_polled()
        {
            var clock = new JobClock();
            var inFlight = 0;
            var overlapped = false;
            var statuses = Enumerable.Range(0, 40).Select(i => new JobStatus("RUNNING", ImageId: $"s{i}")).ToArray();
            var server = new ScriptedJob(clock, async (n, _) =>
            {
                overlapped |= Interlocked.Increment(ref inFlight) > 1;
                await Task.Yield();
                Interlocked.Decrement(ref inFlight);
                return statuses[n];
            });
            var job = server.Job();

            await Task.WhenAll(Enumerable.Range(0, statuses.Length).Select(_ => Task.Run(() => job.UpdateStatusAsync())));

            Assert.False(overlapped);
            Assert.Equal(statuses.Length, server.PolledAt.Count);
            Assert.Same(statuses[^1], job.LastStatus);
        }
    }
}
