using System.Text;
using BenchmarkDotNet.Running;
using CloudImages.Benchmarks.Bodies;
using CloudImages.Benchmarks.Calls;
using CloudImages.Benchmarks.Deserialization;
using CloudImages.Benchmarks.Inputs;
using CloudImages.Benchmarks.Paging;
using CloudImages.Benchmarks.Query;
using CloudImages.Benchmarks.TargetFrameworks;

namespace CloudImages.Benchmarks.Smoke
{
    /// <summary>Proves the benchmarks still work, in seconds: every benchmark method runs once, the implementations
    /// must read the same images and build the same query, BenchmarkDotNet must accept every class, and a short
    /// paging run must list everything. Nothing here is timed.</summary>
    public static class SmokeRun
    {
        public static async Task<IReadOnlyList<string>> RunAsync()
        {
            var log = new List<string>();
            foreach (var (input, images) in new[] { (ResponseInput.DocExample, 2), (ResponseInput.Page500, 500) })
            {
                var benchmarks = new DeserializationBenchmarks { Input = input };
                benchmarks.Setup();
                var expected = ImageDigest.Of(benchmarks.Generated());
                Require(expected.Count == images, $"{input}: the generated reader read {expected.Count} images, not {images}");
                Agree(input, "STJ source gen", expected, ImageDigest.Of(benchmarks.StjSourceGen()));
                Agree(input, "STJ reflection", expected, ImageDigest.Of(benchmarks.StjReflection()));
                Agree(input, "Newtonsoft SDK-style", expected, ImageDigest.Of(benchmarks.NewtonsoftSdk()));
                var tokens = benchmarks.RawScan();
                Require(tokens > images * 10, $"{input}: the raw scan read only {tokens} tokens");
                Require(benchmarks.RawScanStrings() > images * 100, $"{input}: the string scan made too few characters");
                log.Add($"{input}: {images} images read alike by all four readers; raw scan {tokens} tokens");
            }

            var readability = PageReadability.Run();
            Require(readability.All(r => r.Generated), "the generated reader failed a page: " + PageReadability.Table(readability));
            var sdkFails = readability.Where(r => !r.NewtonsoftSdk).Select(r => r.Variant).ToList();
            Require(sdkFails.Count == 4 && sdkFails.All(v => v.Contains("as a") || v.StartsWith("size", StringComparison.Ordinal)),
                "the exact SDK stand-in should fail exactly the four pages with a number, a boolean or a size above 2 GiB, not: " + string.Join(", ", sdkFails));
            log.Add($"readability: the SDK path cannot read {sdkFails.Count} of {readability.Count} pages ({string.Join(", ", sdkFails)}); the generated reader reads all");

            var query = new QueryBuildingBenchmarks();
            var generated = query.Generated();
            Require(generated == query.Reflection(), $"the query builders differ:\n  {generated}\n  {query.Reflection()}");
            log.Add($"query: both builders send {generated}");
            log.Add("query: generated allocations: " + string.Join(", ", QueryAllocations.Generated().Select(a => $"{a.Object} {a.Bytes} B")));

            Require(query.GeneratedUri().AbsoluteUri == "https://ims.eu-de.otc.t-systems.com/v2/cloudimages" + generated,
                $"the client's URI is not the endpoint, path and query: {query.GeneratedUri()}");
            Require(query.ReflectionUri() == query.GeneratedUri(), $"the URIs differ:\n  {query.GeneratedUri()}\n  {query.ReflectionUri()}");
            _ = query.GeneratedUriAscii();

            var calls = new WholeCallBenchmarks();
            calls.Setup();
            try
            {
                var page = await calls.ListImages().ConfigureAwait(false);
                Require(ImageDigest.Of(page).SequenceEqual(ImageDigest.Of(calls.Parse())), "ListImagesAsync reads the page differently from the parse alone");
                var listed = await calls.ListAllImages().ConfigureAwait(false);
                Require(listed == WholeCallBenchmarks.Pages * PagingHandler.PageSize, $"ListAllImagesAsync listed {listed} images");
                log.Add($"whole call: ListImagesAsync reads the page as the parse does; ListAllImagesAsync listed {listed} images");
            }
            finally
            {
                calls.Cleanup();
            }

            var (stjBody, apiBody) = JsonBodyBenchmarks.Bodies();
            Require(stjBody.AsSpan().SequenceEqual(apiBody), $"the JSON bodies differ:\n  {Encoding.UTF8.GetString(stjBody)}\n  {Encoding.UTF8.GetString(apiBody)}");
            var bodies = new JsonBodyBenchmarks();
            Require(bodies.StjSourceGen() == apiBody.Length && bodies.ApiContentJson() == apiBody.Length, "a JSON body's Content-Length is not its length");
            log.Add($"json body: ApiContent.Json and STJ source gen write the same {apiBody.Length} bytes");

            foreach (var (type, config) in Cli.Classes.Select(c => (c, BenchmarkConfig.Create(quick: true)))
                .Append((typeof(RuntimeBuildBenchmarks), RuntimeBuildConfig.Create(quick: true))))
            {
                var cases = BenchmarkConverter.TypeToBenchmarks(type, config).BenchmarksCases.Length;
                Require(cases > 0, $"BenchmarkDotNet found no benchmarks in {type.Name}");
                log.Add($"{type.Name}: {cases} benchmark cases");
            }

            RuntimeBuildBenchmarks.CheckRuntime();
            var builds = new RuntimeBuildBenchmarks();
            var read = RuntimeBuildBenchmarks.Inputs().Select(input => builds.Read(input).Images?.Count).ToList();
            Require(read.SequenceEqual([2, 500]) && builds.Query() == generated, "the runtime-build benchmarks read or query otherwise");
            log.Add($"runtime builds: both benchmarks run, on {RuntimeBuildBenchmarks.LoadedRuntime}");

            var paging = await PagingMemory.MeasureAsync(2_500, warmUp: PagingHandler.PageSize).ConfigureAwait(false);
            Require(paging.Images == 2_500 && paging.Requests == 6, $"paging listed {paging.Images} images in {paging.Requests} requests, not 2,500 in 6");
            log.Add($"paging: {paging.Images} images in {paging.Requests} requests, {paging.AllocatedBytesPerImage:N0} B per image");
            return log;
        }

        private static void Agree(string input, string name, IReadOnlyList<ImageDigest> expected, IReadOnlyList<ImageDigest> actual)
        {
            Require(actual.Count == expected.Count, $"{input}: {name} read {actual.Count} images, the generated reader {expected.Count}");
            for (var i = 0; i < expected.Count; i++)
            {
                Require(expected[i] == actual[i], $"{input}: {name} reads image {i} differently:\n  {expected[i]}\n  {actual[i]}");
            }
        }

        private static void Require(bool condition, string message)
        {
            if (!condition)
            {
                throw new InvalidOperationException(message);
            }
        }
    }
}
