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
#if CLOUDIMAGES_RUNTIME_NETSTANDARD
        private const string Expected = ".NETStandard,Version=v2.0";
#else
        private const string Expected = ".NETCoreApp,Version=v8.0";
#endif

        /// <summary>The target framework of the CloudImages.Runtime this process loaded.</summary>
        public static string LoadedRuntime =>
            typeof(ApiTransport).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName ?? "unknown";

        public static IEnumerable<ResponseBody> Inputs() => [new(ResponseInput.DocExample), new(ResponseInput.Page500)];

        /// <summary>Refuses to measure another build than the job asked for (a ratio of one build to itself).</summary>
        [GlobalSetup]
        public static void CheckRuntime()
        {
            if (LoadedRuntime != Expected)
            {
                throw new InvalidOperationException($"CloudImages.Runtime for {LoadedRuntime} is loaded, not the {Expected} build");
            }
        }

        [Benchmark]
        [ArgumentsSource(nameof(Inputs))]
        public ListImagesResponse Read(ResponseBody body) => CloudImagesJson.ParseListImagesResponse(body.Bytes);

        [Benchmark]
        public string Query() => TenParameterQuery.Generated().ToQueryString();

        /// <summary>An input by name (BenchmarkDotNet shows <see cref="ToString"/>).</summary>
        public sealed class ResponseBody(string input)
        {
            public byte[] Bytes { get; } = ResponseInput.Bytes(input);

            public override string ToString() => input;
        }
    }
}
