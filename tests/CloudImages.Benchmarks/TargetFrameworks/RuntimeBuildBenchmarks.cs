using System.Reflection;
using System.Runtime.Versioning;
using BenchmarkDotNet.Attributes;
using CloudImages.Benchmarks.Inputs;
using CloudImages.Benchmarks.Query;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.Benchmarks.TargetFrameworks
{
    /// <summary>The generated client's hot paths on each build of CloudImages.Runtime. Both jobs run in a .NET 10
    /// process with the same generated code; one references the net8.0 build (the baseline), the other the
    /// netstandard2.0 build that .NET Framework apps get (see RuntimeBuildConfig). So the ratio is the cost of the
    /// netstandard2.0 code paths (Compatibility/), not of .NET Framework's JIT, which cannot run here.</summary>
    [MemoryDiagnoser]
    public class RuntimeBuildBenchmarks
    {
        private byte[] _body = [];

        [Params(ResponseInput.DocExample, ResponseInput.Page500)]
        public string Input { get; set; } = ResponseInput.DocExample;

        /// <summary>The target framework of the CloudImages.Runtime this process loaded.</summary>
        public static string LoadedRuntime =>
            typeof(ApiTransport).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName ?? "unknown";

        [GlobalSetup]
        public void Setup()
        {
            _body = ResponseInput.Bytes(Input);
            Console.WriteLine($"// CloudImages.Runtime: {LoadedRuntime}");
        }

        [Benchmark]
        public ListImagesResponse Read() => CloudImagesJson.ParseListImagesResponse(_body);

        [Benchmark]
        public string Query() => TenParameterQuery.Generated().ToQueryString();
    }
}
