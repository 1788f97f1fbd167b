using BenchmarkDotNet.Attributes;

namespace CloudImages.Benchmarks.Query
{
    /// <summary>Building a ten-parameter query, request object included: the generated writer against reflection.</summary>
    [MemoryDiagnoser]
    public class QueryBuildingBenchmarks
    {
        [Benchmark(Baseline = true)]
        public string Generated() => TenParameterQuery.Generated().ToQueryString();

        [Benchmark]
        public string Reflection() => ReflectionQueryBuilder.Build(TenParameterQuery.SdkStyle());
    }
}
