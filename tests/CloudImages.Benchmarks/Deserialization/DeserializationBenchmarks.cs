using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CloudImages.Benchmarks.Deserialization.SdkStyle;
using CloudImages.Benchmarks.Deserialization.Stj;
using CloudImages.Benchmarks.Inputs;
using CloudImages.Ims;

namespace CloudImages.Benchmarks.Deserialization
{
    /// <summary>One response body, five ways to read it (and the floor with strings); ratios are against the
    /// generated reader, per input.</summary>
    [MemoryDiagnoser]
    [SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes through GlobalCleanup.")]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
    public class DeserializationBenchmarks
    {
        // Cached, as any careful user keeps it: building the reflection metadata once is not what is measured.
        private static readonly JsonSerializerOptions ReflectionOptions = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        private byte[] _body = [];
        private HttpResponseMessage? _sdkResponse;

        [Params(ResponseInput.DocExample, ResponseInput.Page500)]
        public string Input { get; set; } = ResponseInput.DocExample;

        [GlobalSetup]
        public void Setup()
        {
            _body = ResponseInput.Bytes(Input);
            _sdkResponse = SdkJson.Buffered(_body);
        }

        [GlobalCleanup]
        public void Cleanup() => _sdkResponse?.Dispose();

        [Benchmark(Baseline = true)]
        public ListImagesResponse Generated() => CloudImagesJson.ParseListImagesResponse(_body);

        [Benchmark]
        public StjListImagesResponse? StjSourceGen() => JsonSerializer.Deserialize(_body, StjContext.Default.StjListImagesResponse);

        [Benchmark]
        public StjListImagesResponse? StjReflection() => JsonSerializer.Deserialize<StjListImagesResponse>(_body, ReflectionOptions);

        [Benchmark]
        public SdkListImagesResponse NewtonsoftSdk() => SdkJson.Deserialize(_sdkResponse!);

        [Benchmark]
        public int RawScan() => Deserialization.RawScan.CountTokens(_body);

        // Not one of the five: it shows where the floor lies for a reader that must return strings.
        [Benchmark]
        public int RawScanStrings() => Deserialization.RawScan.MaterializeStrings(_body);
    }
}
