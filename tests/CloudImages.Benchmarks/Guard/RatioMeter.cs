using System.Diagnostics;

namespace CloudImages.Benchmarks.Guard
{
    /// <summary>Measures a pair's ratio so that load from other processes cancels out: both sides warmed up (tiered
    /// JIT), short batches (about <see cref="BatchMilliseconds"/>, at least one operation) alternated within each round,
    /// each in a region without garbage collection (a collection's cost depends on what the other side left, and on
    /// when it falls), the fastest batch of each side taken per round (a batch that was preempted is slower, never
    /// faster), and the median over rounds. So it compares the code's own work; allocations are counted apart.</summary>
    public sealed class RatioMeter(int rounds = 9, int batchesPerRound = 25)
    {
        public const double BatchMilliseconds = 2;

        private const double WarmUpMilliseconds = 400;

        // What a batch may allocate inside its no-GC region.
        private const long RegionBytes = 32L << 20;

        public (double Median, double[] Rounds) Measure(GuardPair pair)
        {
            ArgumentNullException.ThrowIfNull(pair);
            var candidateBatch = Calibrate(pair.Candidate);
            var baselineBatch = Calibrate(pair.Baseline);
            var ratios = new double[rounds];
            for (var round = 0; round < rounds; round++)
            {
                var candidate = double.MaxValue;
                var baseline = double.MaxValue;
                for (var batch = 0; batch < batchesPerRound; batch++)
                {
                    candidate = Math.Min(candidate, PerOperation(pair.Candidate, candidateBatch));
                    baseline = Math.Min(baseline, PerOperation(pair.Baseline, baselineBatch));
                }

                ratios[round] = candidate / baseline;
            }

            var sorted = ratios.Order().ToArray();
            return (sorted[sorted.Length / 2], ratios);
        }

        // Runs the operation for the warm-up time, then returns how many operations fill a batch.
        private static int Calibrate(Func<object?> operation)
        {
            var watch = Stopwatch.StartNew();
            var count = 0;
            while (watch.Elapsed.TotalMilliseconds < WarmUpMilliseconds)
            {
                GC.KeepAlive(operation());
                count++;
            }

            var perOperation = watch.Elapsed.TotalMilliseconds / count;
            var before = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(operation());
            var allocated = Math.Max(1, GC.GetAllocatedBytesForCurrentThread() - before);
            return (int)Math.Clamp(BatchMilliseconds / perOperation, 1, Math.Max(1, (RegionBytes / 2) / allocated));
        }

        private static double PerOperation(Func<object?> operation, int count)
        {
            var noGc = GC.TryStartNoGCRegion(RegionBytes);
            try
            {
                var start = Stopwatch.GetTimestamp();
                for (var i = 0; i < count; i++)
                {
                    GC.KeepAlive(operation());
                }

                return Stopwatch.GetElapsedTime(start).TotalMilliseconds / count;
            }
            finally
            {
                if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
                {
                    GC.EndNoGCRegion();
                }
            }
        }
    }
}
