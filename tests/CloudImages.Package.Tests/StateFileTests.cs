using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Xunit;
using Xunit.Abstractions;

namespace CloudImages.Package.Tests
{
    /// <summary>The standalone emulator's <c>--state FILE</c>: every write it acknowledged is there after a restart,
    /// whether it was stopped with Ctrl+C or killed in the middle of writes, and a file it cannot read stops it with
    /// exit code 1 and a message that names the file, before the file is touched.</summary>
    public sealed class StateFileTests : IDisposable
    {
        private readonly ITestOutputHelper _log;
        private readonly string _folder = Directory.CreateTempSubdirectory("cloudimages-state-").FullName;

        public StateFileTests(ITestOutputHelper log) => _log = log;

        private string StatePath => Path.Combine(_folder, "ims-state.json");

        [Fact]
        public async Task Writes_acknowledged_before_Ctrl_C_are_there_after_a_restart()
        {
            if (OperatingSystem.IsWindows())
            {
                return; // no POSIX signals to send
            }

            using var http = new HttpClient();
            IReadOnlyList<string> ids;
            string everything;
            using (var first = EmulatorProcess.Start("--port", "0", "--images", "400", "--state", StatePath))
            {
                var address = await first.AddressAsync();
                Assert.Contains($"{StatePath}, new", first.Output, StringComparison.Ordinal);
                ids = await RawIms.OwnImageIdsAsync(http, address, 5);
                Assert.Equal(5, ids.Count);
                foreach (var (id, n) in ids.Select((id, n) => (id, n)))
                {
                    Assert.Equal(HttpStatusCode.NoContent, await RawIms.AddTagAsync(http, address, id, $"kept{n}"));
                }

                // Two tags on one image: the second write must not lose the first.
                Assert.Equal(HttpStatusCode.NoContent, await RawIms.AddTagAsync(http, address, ids[0], "kept-again"));
                // Every image the caller sees, every field: what the file must give back.
                everything = await http.GetStringAsync(new Uri(address, "v2/cloudimages?limit=1000"));
                Assert.Equal(0, await first.StopAsync(EmulatorProcess.SIGINT));
            }

            // Another seed and count: the file wins, and says so.
            using var second = EmulatorProcess.Start("--port", "0", "--images", "10", "--seed", "1", "--state", StatePath);
            var restarted = await second.AddressAsync();
            Assert.Contains($"{StatePath}, loaded", second.Output, StringComparison.Ordinal);
            Assert.Contains("(400 images,", second.Output, StringComparison.Ordinal);
            foreach (var (id, n) in ids.Select((id, n) => (id, n)))
            {
                Assert.Contains($"kept{n}", await RawIms.TagKeysAsync(http, restarted, id));
            }

            Assert.Contains("kept-again", await RawIms.TagKeysAsync(http, restarted, ids[0]));
            Assert.Equal(everything, await http.GetStringAsync(new Uri(restarted, "v2/cloudimages?limit=1000")));
            Assert.Equal(0, await second.StopAsync(EmulatorProcess.SIGINT));
        }

        [Fact]
        public async Task Writes_acknowledged_before_a_SIGKILL_in_the_middle_of_writes_are_there_after_a_restart()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            const int Rounds = 3;
            const int Writers = 4;
            using var http = new HttpClient();
            var acknowledged = new List<(string ImageId, string Tag)>();
            IReadOnlyList<string>? images = null;
            var next = 0;
            for (var round = 1; round <= Rounds + 1; round++)
            {
                // The default catalogue of 3,000 images: a 3.6 MB snapshot, and a journal of the writes since to replay.
                using var emulator = EmulatorProcess.Start("--port", "0", "--state", StatePath);
                var address = await emulator.AddressAsync();
                Assert.Contains(round == 1 ? $"{StatePath}, new" : $"{StatePath}, loaded", emulator.Output, StringComparison.Ordinal);
                Assert.Contains("(3,000 images,", emulator.Output, StringComparison.Ordinal);

                // Every write acknowledged so far, in every round, is there.
                foreach (var (imageId, tag) in acknowledged)
                {
                    Assert.True((await RawIms.TagKeysAsync(http, address, imageId)).Contains(tag), $"{tag} on {imageId} was acknowledged and is gone");
                }

                if (round > Rounds)
                {
                    Assert.Equal(0, await emulator.StopAsync(EmulatorProcess.SIGINT));
                    break;
                }

                // One tag per image (no image gets many), on images the caller owns.
                images ??= await RawIms.OwnImageIdsAsync(http, address, 1000);
                var before = acknowledged.Count;
                var target = 30 + (10 * round); // acknowledged writes of this round before the kill
                var acks = new ConcurrentBag<(string, string, TimeSpan)>();
                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var inFlight = 0;
                using var killed = new CancellationTokenSource();
                var clock = Stopwatch.StartNew();
                var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
                {
                    while (!killed.IsCancellationRequested)
                    {
                        var n = Interlocked.Increment(ref next) - 1;
                        var (imageId, tag) = (images[n % images.Count], $"r{round}-w{n}");
                        var watch = Stopwatch.StartNew();
                        Interlocked.Increment(ref inFlight);
                        try
                        {
                            var status = await RawIms.AddTagAsync(http, address, imageId, tag);
                            Assert.Equal(HttpStatusCode.NoContent, status);
                            acks.Add((imageId, tag, watch.Elapsed));
                            if (acks.Count >= target)
                            {
                                reached.TrySetResult();
                            }
                        }
                        catch (HttpRequestException) when (killed.IsCancellationRequested || emulator.Process.HasExited)
                        {
                            return; // the emulator is gone: this write was not acknowledged
                        }
                        finally
                        {
                            Interlocked.Decrement(ref inFlight);
                        }
                    }
                })).ToList();

                // Writers that stop early (a refused write) end the wait too, and fail below.
                await Task.WhenAny(reached.Task, Task.WhenAll(writers));
                if (!reached.Task.IsCompleted)
                {
                    await Task.WhenAll(writers); // a refused write's assertion
                    Assert.Fail($"the writers stopped before {target} writes:\n{emulator.Output}");
                }
                var pending = Volatile.Read(ref inFlight);
                var elapsed = clock.Elapsed;
                await killed.CancelAsync();
                emulator.Process.Kill(); // SIGKILL: no chance to finish anything
                await emulator.Process.WaitForExitAsync();
                await Task.WhenAll(writers);
                acknowledged.AddRange(acks.Select(a => (a.Item1, a.Item2)));
                var times = acks.Select(a => a.Item3.TotalMilliseconds).Order().ToList();
                _log.WriteLine(
                    $"round {round}: {acknowledged.Count - before} writes acknowledged before SIGKILL with {pending} in flight; "
                    + $"{times.Count / elapsed.TotalSeconds:F0} writes/s "
                    + $"({elapsed.TotalMilliseconds / times.Count:F1} ms each, one at a time under the lock); "
                    + $"latency with {Writers} writers {times.Average():F1} ms mean, {times[times.Count / 2]:F1} ms median, {times[^1]:F1} ms max");
            }

            _log.WriteLine($"all {acknowledged.Count} acknowledged writes present after {Rounds} kills");
        }

        [Theory]
        [InlineData("""{"Format": 1, "ProjectId": "5a3f2b6c8d9e4f0a9b1c2d3e4f5a6b7c", "Images": [""", "(1,")]
        [InlineData("not json", "(1,")]
        [InlineData("[]", "(1,")]
        [InlineData("""{"Format": 99, "ProjectId": "p"}""", "(1,1)")]
        [InlineData("""{"Format": 1, "ProjectId": "p", "Images": [{"Id": "a", "Name": "x"}, {"Id": "a", "Name": "y"}]}""", "Images[1] repeats 'a'")]
        [InlineData("""{"Format": 1, "ProjectId": "p", "Images": [{"Id": "a", "Name": null}]}""", "(1,")]
        public async Task A_state_file_it_cannot_read_stops_it_with_exit_code_1_and_a_message_naming_the_file(string content, string located)
        {
            await File.WriteAllTextAsync(StatePath, content);
            using var emulator = EmulatorProcess.Start("--port", "0", "--state", StatePath);
            Assert.Equal(1, await emulator.ExitCodeAsync());
            var output = emulator.Output;
            Assert.Contains($"{StatePath}", output, StringComparison.Ordinal);
            Assert.Contains(located, output, StringComparison.Ordinal);
            Assert.Contains("not an emulator state file", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
            Assert.DoesNotContain("listening", output, StringComparison.Ordinal);
            // Left as it was, for its owner to look at.
            Assert.Equal(content, await File.ReadAllTextAsync(StatePath));
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
