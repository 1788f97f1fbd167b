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
            var job = quick ? Job.ShortRun : Job.Default;
            return BenchmarkConfig.Base()
                .AddJob(job.WithId("runtime-net8.0").AsBaseline())
                .AddJob(job.WithId(NetStandardJob).WithArguments([new MsBuildArgument("/p:CloudImagesRuntimeTarget=netstandard2.0")]));
        }
    }
}
