using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CloudImages.Ims;

namespace CloudImages.Benchmarks.Query
{
    /// <summary>A ten-parameter query, request object included: the query string alone (the generated writer against
    /// reflection), and the absolute URI the client sends (the generated client's GetListImagesUri, the same URI
    /// ListImagesAsync builds, against the SDK's way: reflection, then endpoint + path + query parsed as a Uri).</summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class QueryBuildingBenchmarks
    {
        public const string QueryCategory = "query";
        public const string UriCategory = "uri";

        // The client never sends here: GetListImagesUri only builds the URI.
        private static readonly HttpClient Http = new() { BaseAddress = new Uri(Endpoint) };
        private static readonly CloudImagesClient Client = new(Http);

        private const string Endpoint = "https://ims.eu-de.otc.t-systems.com/";

        [Benchmark(Baseline = true)]
        [BenchmarkCategory(QueryCategory)]
        public string Generated() => TenParameterQuery.Generated().ToQueryString();

        [Benchmark]
        [BenchmarkCategory(QueryCategory)]
        public string Reflection() => ReflectionQueryBuilder.Build(TenParameterQuery.SdkStyle());

        [Benchmark(Baseline = true)]
        [BenchmarkCategory(UriCategory)]
        public Uri GeneratedUri() => Client.GetListImagesUri(TenParameterQuery.Generated());

        [Benchmark]
        [BenchmarkCategory(UriCategory)]
        public Uri GeneratedUriAscii() => Client.GetListImagesUri(TenParameterQuery.GeneratedAscii());

        [Benchmark]
        [BenchmarkCategory(UriCategory)]
        public Uri ReflectionUri() => new(Endpoint + "v2/cloudimages" + ReflectionQueryBuilder.Build(TenParameterQuery.SdkStyle()));
    }
}
