using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.Benchmarks.Bodies
{
    /// <summary>JSON request bodies made ready to send, Content-Length known: ApiContent.Json (a body writer into
    /// pooled memory, returned on dispose) against System.Text.Json source generation into an array, the baseline of
    /// each category. Each body is written by the writer the generated client sends it with.</summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class JsonBodyBenchmarks
    {
        public const string CreateImageCategory = "create-image";
        public const string UpdateImageCategory = "update-image-patch";
        public const string BatchTagsCategory = "batch-tags";

        private const string MediaType = "application/json";

        private static readonly JsonTypeInfo<IReadOnlyList<PatchOperation>> PatchInfo =
            BodyContext.Default.IReadOnlyListPatchOperation;

        [Benchmark(Baseline = true)]
        [BenchmarkCategory(CreateImageCategory)]
        public long? StjSourceGen() =>
            Send(JsonSerializer.SerializeToUtf8Bytes(CreateImageBody.Sample, BodyContext.Default.CreateImageBody));

        [Benchmark]
        [BenchmarkCategory(CreateImageCategory)]
        public long? ApiContentJson() => Send(CreateImageBody.Generated, CloudImagesJson.WriteCreateImageRequest);

        [Benchmark(Baseline = true)]
        [BenchmarkCategory(UpdateImageCategory)]
        public long? PatchStjSourceGen() => Send(JsonSerializer.SerializeToUtf8Bytes(UpdateImageBody.Stj, PatchInfo));

        [Benchmark]
        [BenchmarkCategory(UpdateImageCategory)]
        public long? PatchApiContentJson() => Send<ApiJsonPatch>(UpdateImageBody.Generated, ApiJsonPatch.Write);

        [Benchmark(Baseline = true)]
        [BenchmarkCategory(BatchTagsCategory)]
        public long? BatchTagsStjSourceGen() =>
            Send(JsonSerializer.SerializeToUtf8Bytes(BatchTagsBody.Sample, BodyContext.Default.BatchTagsBody));

        [Benchmark]
        [BenchmarkCategory(BatchTagsCategory)]
        public long? BatchTagsApiContentJson() =>
            Send(BatchTagsBody.Generated, CloudImagesJson.WriteBatchUpdateImageTagsRequest);

        /// <summary>The bytes each sends, per category, for the smoke run to compare.</summary>
        public static IReadOnlyList<(string Body, byte[] Stj, byte[] ApiContent)> Bodies() =>
        [
            (CreateImageCategory,
                JsonSerializer.SerializeToUtf8Bytes(CreateImageBody.Sample, BodyContext.Default.CreateImageBody),
                Bytes(CreateImageBody.Generated, CloudImagesJson.WriteCreateImageRequest)),
            (UpdateImageCategory,
                JsonSerializer.SerializeToUtf8Bytes(UpdateImageBody.Stj, PatchInfo),
                Bytes<ApiJsonPatch>(UpdateImageBody.Generated, ApiJsonPatch.Write)),
            (BatchTagsCategory,
                JsonSerializer.SerializeToUtf8Bytes(BatchTagsBody.Sample, BodyContext.Default.BatchTagsBody),
                Bytes(BatchTagsBody.Generated, CloudImagesJson.WriteBatchUpdateImageTagsRequest)),
        ];

        private static long? Send(byte[] body)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
            return content.Headers.ContentLength;
        }

        private static long? Send<T>(T body, JsonBodyWriter<T> write)
        {
            using var content = ApiContent.Json(body, write, MediaType);
            return content.Headers.ContentLength;
        }

        private static byte[] Bytes<T>(T body, JsonBodyWriter<T> write)
        {
            using var content = ApiContent.Json(body, write, MediaType);
            return content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        }
    }
}
