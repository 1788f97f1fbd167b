using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace CloudImages.Benchmarks.TargetFrameworks
{
    /// <summary>Two jobs in one run, alike but for the build of CloudImages.Runtime the benchmark project references:
    /// net8.0 (the baseline) and netstandard2.0 (<c>-p:CloudImagesRuntimeTarget=netstandard2.0</c>, see the project
    /// file). BenchmarkDotNet builds each job's project with its own arguments.</summary>
    public static class RuntimeBuildConfig
    {
        public const string NetStandardJob = "runtime-netstandard2.0";

        public static IConfig Create(bool quick)
        {
            // A fixed number of iterations rather than the default job's adaptive count: six cases and two builds
            // fit in a few minutes of the benchmark script.
            var job = quick ? Job.ShortRun : Job.Default.WithWarmupCount(6).WithIterationCount(20);
            return BenchmarkConfig.Base()
                .AddJob(job.WithId("runtime-net8.0").AsBaseline())
                .AddJob(job.WithId(NetStandardJob).WithArguments([new MsBuildArgument("/p:CloudImagesRuntimeTarget=netstandard2.0")]));
        }
    }
}
