using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace CloudImages.Benchmarks.TargetFrameworks
{
    /// <summary>The netstandard2.0 build's time and allocations as ratios to the net8.0 build's, per benchmark and
    /// input, from one run of both jobs.</summary>
    public static class RuntimeBuildReport
    {
        public static string Write(Summary summary)
        {
            var rows = summary.Reports
                .Where(r => r.ResultStatistics is not null)
                .GroupBy(r => (Method: r.BenchmarkCase.Descriptor.WorkloadMethod.Name, Input: r.BenchmarkCase.Parameters.Items.FirstOrDefault()?.Value?.ToString() ?? "-"))
                .OrderBy(g => g.Key.Method, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Input, StringComparer.Ordinal);
            var text = new StringBuilder()
                .AppendLine("| benchmark | input | net8.0 build | netstandard2.0 build | time ratio | allocated (net8.0 / netstandard2.0) | alloc ratio |")
                .AppendLine("|---|---|---:|---:|---:|---:|---:|");
            foreach (var group in rows)
            {
                var net8 = group.SingleOrDefault(r => !r.BenchmarkCase.Job.Id.Equals(RuntimeBuildConfig.NetStandardJob, StringComparison.Ordinal));
                var ns20 = group.SingleOrDefault(r => r.BenchmarkCase.Job.Id.Equals(RuntimeBuildConfig.NetStandardJob, StringComparison.Ordinal));
                if (net8 is null || ns20 is null)
                {
                    text.AppendLine($"| {group.Key.Method} | {group.Key.Input} | {(net8 is null ? "failed" : "")} | {(ns20 is null ? "failed" : "")} | - | - | - |");
                    continue;
                }

                var bytes8 = net8.GcStats.GetBytesAllocatedPerOperation(net8.BenchmarkCase) ?? 0;
                var bytes20 = ns20.GcStats.GetBytesAllocatedPerOperation(ns20.BenchmarkCase) ?? 0;
                text.AppendLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {group.Key.Method} | {group.Key.Input} | {Time(net8.ResultStatistics!.Mean)} | {Time(ns20.ResultStatistics!.Mean)} | "
                    + $"{ns20.ResultStatistics.Mean / net8.ResultStatistics.Mean:F2} | {bytes8:N0} B / {bytes20:N0} B | {(bytes8 == 0 ? "-" : (bytes20 / (double)bytes8).ToString("F2", CultureInfo.InvariantCulture))} |"));
            }

            return text.ToString();
        }

        private static string Time(double nanoseconds) => nanoseconds >= 1_000_000
            ? string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000_000:F2} ms")
            : string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000:F2} us");
    }
}
