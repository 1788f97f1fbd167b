using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CloudImages.Benchmarks.Inputs;
using CloudImages.Benchmarks.Responses.Stj;
using CloudImages.Ims;

namespace CloudImages.Benchmarks.Responses
{
    /// <summary>The answers of operations besides Querying Images, each read three ways: the generated reader (the
    /// baseline of its category), System.Text.Json source generation over hand-written DTOs of the same shape, and the
    /// raw scan (the floor). One category per answer: a job with a sub-job, a 500-image native OpenStack page, and
    /// two small ones.</summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class OperationResponseBenchmarks
    {
        public const string JobCategory = "job";
        public const string OpenStackPageCategory = "openstack-page-500";
        public const string ImageTagsCategory = "image-tags";
        public const string QuotaCategory = "quota";

        private byte[] _job = [];
        private byte[] _openStackPage = [];
        private byte[] _imageTags = [];
        private byte[] _quota = [];

        [GlobalSetup]
        public void Setup()
        {
            _job = OperationResponses.Job();
            _openStackPage = OperationResponses.OpenStackPage();
            _imageTags = OperationResponses.ImageTags();
            _quota = OperationResponses.Quota();
        }

        [Benchmark(Baseline = true)]
        [BenchmarkCategory(JobCategory)]
        public Job JobGenerated() => CloudImagesJson.ParseJob(_job);

        [Benchmark]
        [BenchmarkCategory(JobCategory)]
        public StjJob? JobStjSourceGen() => JsonSerializer.Deserialize(_job, StjResponseContext.Default.StjJob);

        [Benchmark]
        [BenchmarkCategory(JobCategory)]
        public int JobRawScan() => Deserialization.RawScan.CountTokens(_job);

        [Benchmark(Baseline = true)]
        [BenchmarkCategory(OpenStackPageCategory)]
        public OpenStackImageList OpenStackPageGenerated() => CloudImagesJson.ParseOpenStackImageList(_openStackPage);

        [Benchmark]
        [BenchmarkCategory(OpenStackPageCategory)]
        public StjOpenStackImageList? OpenStackPageStjSourceGen() =>
            JsonSerializer.Deserialize(_openStackPage, StjResponseContext.Default.StjOpenStackImageList);

        [Benchmark]
        [BenchmarkCategory(OpenStackPageCategory)]
        public int OpenStackPageRawScan() => Deserialization.RawScan.CountTokens(_openStackPage);

        [Benchmark(Baseline = true)]
        [BenchmarkCategory(ImageTagsCategory)]
        public ListImageTagsResponse ImageTagsGenerated() => CloudImagesJson.ParseListImageTagsResponse(_imageTags);

        [Benchmark]
        [BenchmarkCategory(ImageTagsCategory)]
        public StjImageTagList? ImageTagsStjSourceGen() =>
            JsonSerializer.Deserialize(_imageTags, StjResponseContext.Default.StjImageTagList);

        [Benchmark]
        [BenchmarkCategory(ImageTagsCategory)]
        public int ImageTagsRawScan() => Deserialization.RawScan.CountTokens(_imageTags);

        [Benchmark(Baseline = true)]
        [BenchmarkCategory(QuotaCategory)]
        public GetImageQuotaResponse QuotaGenerated() => CloudImagesJson.ParseGetImageQuotaResponse(_quota);

        [Benchmark]
        [BenchmarkCategory(QuotaCategory)]
        public StjQuotaResponse? QuotaStjSourceGen() =>
            JsonSerializer.Deserialize(_quota, StjResponseContext.Default.StjQuotaResponse);

        [Benchmark]
        [BenchmarkCategory(QuotaCategory)]
        public int QuotaRawScan() => Deserialization.RawScan.CountTokens(_quota);
    }
}
