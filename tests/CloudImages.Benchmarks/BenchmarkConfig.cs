using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;

namespace CloudImages.Benchmarks
{
    /// <summary>Every benchmark runs in its own process (BenchmarkDotNet's default toolchain), with allocations and
    /// ratios against the baseline of the same run, so a busy machine moves all columns alike.</summary>
    public static class BenchmarkConfig
    {
        public static IConfig Create(bool quick) => Base().AddJob(quick ? Job.ShortRun : Job.Default);

        /// <summary>Everything but the job.</summary>
        public static ManualConfig Base() => ManualConfig.CreateEmpty()
            .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
            .AddLogger(DefaultConfig.Instance.GetLoggers().ToArray())
            .AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray())
            .AddValidator(DefaultConfig.Instance.GetValidators().ToArray())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub);
    }
}
