using System.Diagnostics;
using CloudImages.Emulator;
using CloudImages.Ims;
using Xunit.Abstractions;
using static CloudImages.EndToEnd.Tests.Expected;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>Many enumerations at once, and enumerations while the catalogue changes under them.</summary>
    [Collection(nameof(Exclusive))]
    public sealed class LoadTests(ITestOutputHelper output)
    {
        [Fact]
        public async Task Thirty_two_concurrent_enumerations_each_see_exactly_the_catalogue()
        {
            await using var ims = await ImsEmulator.StartAsync(new() { Catalogue = { GeneratedImageCount = 3000 } });
            using var client = TestClient.Create(ims.BaseAddress);
            var expected = Sorted(ims.Catalogue.Images.Where(ListedByDefault)).Select(i => i.Id).ToList();

            var stopwatch = Stopwatch.StartNew();
            var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(async () =>
            {
                var ids = new List<string>();
                await foreach (var image in client.Client.ListAllImagesAsync(new ListImagesQuery { Limit = 50 }))
                {
                    ids.Add(image.Id!);
                }

                return ids;
            })));
            stopwatch.Stop();

            Assert.All(results, ids => Assert.Equal(expected, ids));
            output.WriteLine($"32 x {expected.Count} images in pages of 50: {ims.RequestCount} requests, 0 errors, {stopwatch.ElapsedMilliseconds} ms, "
                + $"{32.0 * expected.Count / stopwatch.Elapsed.TotalSeconds:0} images/s");
        }

        [Fact]
        public async Task Enumerations_while_images_come_and_go_lose_and_repeat_nothing_that_stayed()
        {
            await using var ims = await ImsEmulator.StartAsync(new() { Catalogue = { GeneratedImageCount = 2000 } });
            using var client = TestClient.Create(ims.BaseAddress);
            var initial = ims.Catalogue.Images.Where(ListedByDefault).ToList();
            var template = initial[0];
            var random = new Random(11);

            // Every third image may be removed; the rest stay for the whole run.
            var volatileIds = initial.Where((_, i) => i % 3 == 0).Select(i => i.Id).ToList();
            var stable = initial.Select(i => i.Id).Except(volatileIds).ToHashSet();
            var removed = 0;
            var added = 0;
            using var stop = new CancellationTokenSource();
            var churn = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var victim = volatileIds[random.Next(volatileIds.Count)];
                    removed += ims.Catalogue.Remove(victim) ? 1 : 0;
                    var id = $"churn-{added++}";
                    ims.Catalogue.Add(template with { Id = id, Name = id, CreatedAt = template.CreatedAt.AddSeconds(random.Next(-400_000_000, 10_000)) });
                    await Task.Delay(1);
                }
            });

            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                var ids = new List<string>();
                await foreach (var image in client.Client.ListAllImagesAsync(new ListImagesQuery { Limit = 25 }))
                {
                    ids.Add(image.Id!);
                }

                return ids;
            })));
            await stop.CancelAsync();
            await churn;

            foreach (var ids in results)
            {
                Assert.Equal(ids.Count, ids.Distinct().Count());          // nothing repeated
                Assert.Empty(stable.Except(ids));                          // nothing that stayed is lost
            }

            output.WriteLine($"8 enumerations while {removed} images were removed and {added} added: none lost or repeated");
            Assert.True(removed > 0 && added > 0);
        }
    }
}
