using BenchmarkDotNet.Reports;

namespace CloudImages.Benchmarks.Reporting
{
    /// <summary>One benchmark's mean time and allocated bytes per operation, from a BenchmarkDotNet summary.</summary>
    public sealed record Measurement(string Method, string? Input, double MeanNanoseconds, long AllocatedBytes)
    {
        public static IReadOnlyList<Measurement> From(Summary summary) => summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .Select(r => new Measurement(
                r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                r.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value as string,
                r.ResultStatistics!.Mean,
                r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? 0))
            .ToList();
    }
}
