using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CloudImages.Ims;

namespace CloudImages.Benchmarks.Paging
{
    /// <summary>Enumerates a whole listing with ListAllImagesAsync over the in-memory server. The peak working set is
    /// process-wide, so each size runs in a process of its own.</summary>
    public static class PagingMemory
    {
        public const string ChildSwitch = "--paging-child";

        public static readonly int[] Sizes = [10_000, 100_000];

        /// <summary>Runs one size in this process: a warm-up listing first, so JIT and pools stay out of the numbers.</summary>
        public static async Task<PagingResult> MeasureAsync(int total, int warmUp = 2 * PagingHandler.PageSize)
        {
            var handler = new PagingHandler();
            using var http = new HttpClient(handler) { BaseAddress = new Uri("https://ims.example.test/") };
            var client = new CloudImagesClient(http);

            handler.Total = warmUp;
            await EnumerateAsync(client).ConfigureAwait(false);

            handler.Total = total;
            var requestsBefore = handler.Requests;
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            var before = GC.GetTotalAllocatedBytes(true);
            var images = await EnumerateAsync(client).ConfigureAwait(false);
            var allocated = GC.GetTotalAllocatedBytes(true) - before;

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            return new PagingResult(
                images, handler.Requests - requestsBefore, allocated, process.PeakWorkingSet64,
                GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2);
        }

        /// <summary>Runs each size in a fresh process of this program.</summary>
        public static IReadOnlyList<PagingResult> MeasureInChildProcesses()
        {
            var results = new List<PagingResult>();
            foreach (var size in Sizes)
            {
                var start = ChildStart(size.ToString(CultureInfo.InvariantCulture));
                using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the paging run.");
                var output = child.StandardOutput.ReadToEnd();
                child.WaitForExit();
                if (child.ExitCode != 0)
                {
                    throw new InvalidOperationException($"The paging run for {size} images failed ({child.ExitCode}): {output}");
                }

                results.Add(JsonSerializer.Deserialize<PagingResult>(output.Trim().Split('\n')[^1])!);
            }

            return results;
        }

        public static async Task<int> RunChildAsync(string size)
        {
            var result = await MeasureAsync(int.Parse(size, CultureInfo.InvariantCulture)).ConfigureAwait(false);
            Console.WriteLine(JsonSerializer.Serialize(result));
            return 0;
        }

        private static ProcessStartInfo ChildStart(string size)
        {
            var host = Environment.ProcessPath!;
            var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(host) == "dotnet")
            {
                start.ArgumentList.Add(typeof(PagingMemory).Assembly.Location);
            }

            start.ArgumentList.Add(ChildSwitch);
            start.ArgumentList.Add(size);
            return start;
        }

        private static async Task<int> EnumerateAsync(CloudImagesClient client)
        {
            var count = 0;
            await foreach (var image in client.ListAllImagesAsync(new ListImagesQuery()).ConfigureAwait(false))
            {
                count += image.Id is null ? 0 : 1;
            }

            return count;
        }
    }
}
