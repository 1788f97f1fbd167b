using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CloudImages.Runtime;

namespace CloudImages.Benchmarks.Bodies
{
    /// <summary>A small JSON request body made ready to send, Content-Length known: ApiContent.Json (a generated body
    /// writer into pooled memory, returned on dispose) against System.Text.Json source generation into an array.</summary>
    [MemoryDiagnoser]
    public class JsonBodyBenchmarks
    {
        private const string MediaType = "application/json";

        [Benchmark(Baseline = true)]
        public long? StjSourceGen()
        {
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(CreateImageBody.Sample, BodyContext.Default.CreateImageBody));
            content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
            return content.Headers.ContentLength;
        }

        [Benchmark]
        public long? ApiContentJson()
        {
            using var content = ApiContent.Json(CreateImageBody.Sample, CreateImageBody.Write, MediaType);
            return content.Headers.ContentLength;
        }

        /// <summary>The bytes each sends, for the smoke run to compare.</summary>
        public static (byte[] Stj, byte[] ApiContent) Bodies()
        {
            using var content = ApiContent.Json(CreateImageBody.Sample, CreateImageBody.Write, MediaType);
            return (JsonSerializer.SerializeToUtf8Bytes(CreateImageBody.Sample, BodyContext.Default.CreateImageBody),
                content.ReadAsByteArrayAsync().GetAwaiter().GetResult());
        }
    }
}
