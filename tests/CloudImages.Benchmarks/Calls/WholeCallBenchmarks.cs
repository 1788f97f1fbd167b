using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using CloudImages.Benchmarks.Inputs;
using CloudImages.Benchmarks.Paging;
using CloudImages.Ims;

namespace CloudImages.Benchmarks.Calls
{
    /// <summary>The whole call against the parse alone, per 500-image page: ListImagesAsync and ListAllImagesAsync
    /// through an HttpClient over an in-memory server (query, URI, request, transport, body, parse, paging), so the
    /// ratio is what the client adds to reading the page.</summary>
    [MemoryDiagnoser]
    [SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes through GlobalCleanup.")]
    public class WholeCallBenchmarks
    {
        /// <summary>Full pages that ListAllImagesAsync reads per operation; one more, empty, request ends the listing.</summary>
        public const int Pages = 4;

        private byte[] _body = [];
        private HttpClient? _http;
        private CloudImagesClient? _client;

        [GlobalSetup]
        public void Setup()
        {
            _body = ResponseInput.Bytes(ResponseInput.Page500);
            _http = new HttpClient(new PagingHandler { Total = Pages * PagingHandler.PageSize }) { BaseAddress = new Uri("https://ims.example.test/") };
            _client = new CloudImagesClient(_http);
        }

        [GlobalCleanup]
        public void Cleanup() => _http?.Dispose();

        [Benchmark(Baseline = true)]
        public ListImagesResponse Parse() => CloudImagesJson.ParseListImagesResponse(_body);

        /// <summary>The parse of as many pages as <see cref="ListAllImages"/> reads: its baseline outside
        /// BenchmarkDotNet, where operations per invoke do not apply.</summary>
        public int ParseEveryPage()
        {
            var count = 0;
            for (var page = 0; page < Pages; page++)
            {
                count += Parse().Images!.Count;
            }

            return count;
        }

        [Benchmark]
        public Task<ListImagesResponse> ListImages() => _client!.ListImagesAsync(new ListImagesQuery());

        [Benchmark(OperationsPerInvoke = Pages)]
        public async Task<int> ListAllImages()
        {
            var count = 0;
            await foreach (var image in _client!.ListAllImagesAsync(new ListImagesQuery()).ConfigureAwait(false))
            {
                count += image.Id is null ? 0 : 1;
            }

            return count;
        }
    }
}
