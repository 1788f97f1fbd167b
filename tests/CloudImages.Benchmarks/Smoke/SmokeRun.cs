using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Running;
using CloudImages.Benchmarks.Bodies;
using CloudImages.Benchmarks.Calls;
using CloudImages.Benchmarks.Deserialization;
using CloudImages.Benchmarks.Inputs;
using CloudImages.Benchmarks.Paging;
using CloudImages.Benchmarks.Query;
using CloudImages.Benchmarks.Responses;
using CloudImages.Benchmarks.TargetFrameworks;
using CloudImages.Ims;

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

            log.AddRange(ReadOperationResponses());

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

            log.AddRange(WriteBodies());

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

        // The other operations' answers: both readers agree field by field, and with values taken from the bodies
        // apart from either reader.
        private static IEnumerable<string> ReadOperationResponses()
        {
            var benchmarks = new OperationResponseBenchmarks();
            benchmarks.Setup();

            var job = JobDigest.Of(benchmarks.JobGenerated());
            var stjJob = JobDigest.Of(benchmarks.JobStjSourceGen());
            Require(job == stjJob, $"job: STJ source gen reads the job differently:\n  {job}\n  {stjJob}");
            using (var document = JsonDocument.Parse(OperationResponses.Job()))
            {
                var root = document.RootElement;
                var entities = root.GetProperty("entities");
                var subJob = entities.GetProperty("sub_jobs_result")[0];
                Require(
                    job.JobId == root.GetProperty("job_id").GetString() && job.Status == "SUCCESS"
                    && job.SubJobIds == entities.GetProperty("sub_jobs_list")[0].GetString()
                    && job.SubJobs.Contains(subJob.GetProperty("job_id").GetString()!, StringComparison.Ordinal)
                    && job.SubJobs.Contains(
                        subJob.GetProperty("entities").GetProperty("image_id").GetString()!, StringComparison.Ordinal),
                    $"job: the example was not read whole: {job}");
            }

            Require(benchmarks.JobRawScan() > 30, "job: the raw scan read too few tokens");
            yield return $"job: the job, its sub-job and their entities read alike by both readers ({job.JobType})";

            var page = benchmarks.OpenStackPageGenerated();
            var stjPage = benchmarks.OpenStackPageStjSourceGen();
            var images = ImageDigest.Of(page);
            const string Page = OperationResponseBenchmarks.OpenStackPageCategory;
            Require(images.Count == OperationResponses.OpenStackPageSize, $"{Page}: {images.Count} images read");
            Agree(Page, "STJ source gen", images, ImageDigest.Of(stjPage));
            Require(
                page.Next == stjPage?.Next && page.First == stjPage?.First
                && page.Next!.Contains("marker=" + images[^1].Id, StringComparison.Ordinal),
                $"{Page}: the links differ");
            // The same image objects as the IMS page's: the OpenStack reader must read them as the IMS reader does.
            var ims = CloudImagesJson.ParseListImagesResponse(ResponseInput.Bytes(ResponseInput.Page500));
            Require(images.SequenceEqual(ImageDigest.Of(ims)), $"{Page}: its images read otherwise than the IMS ones");
            var tokens = benchmarks.OpenStackPageRawScan();
            Require(tokens > images.Count * 10, $"{Page}: the raw scan read only {tokens} tokens");
            yield return $"{Page}: {images.Count} images read alike by both readers and as on the IMS page; "
                + $"raw scan {tokens} tokens";

            var tags = SmallResponseDigest.Tags(benchmarks.ImageTagsGenerated());
            var stjTags = SmallResponseDigest.Tags(benchmarks.ImageTagsStjSourceGen());
            Require(tags == stjTags && tags == "key0=value0|key1=value0", $"image tags: read as {tags} and {stjTags}");
            Require(benchmarks.ImageTagsRawScan() > 10, "image tags: the raw scan read too few tokens");
            yield return $"image tags: {tags} read alike by both readers";

            var quota = SmallResponseDigest.Quota(benchmarks.QuotaGenerated());
            var stjQuota = SmallResponseDigest.Quota(benchmarks.QuotaStjSourceGen());
            Require(quota == stjQuota && quota == "image: 0 of 20 (1-1000)", $"quota: read as {quota} and {stjQuota}");
            Require(benchmarks.QuotaRawScan() > 10, "quota: the raw scan read too few tokens");
            yield return $"quota: {quota} read alike by both readers";
        }

        // Every body: both writers write the same bytes, and each benchmark's Content-Length is their length.
        private static IEnumerable<string> WriteBodies()
        {
            var b = new JsonBodyBenchmarks();
            var lengths = new Dictionary<string, (long? Stj, long? ApiContent)>
            {
                [JsonBodyBenchmarks.CreateImageCategory] = (b.StjSourceGen(), b.ApiContentJson()),
                [JsonBodyBenchmarks.UpdateImageCategory] = (b.PatchStjSourceGen(), b.PatchApiContentJson()),
                [JsonBodyBenchmarks.BatchTagsCategory] = (b.BatchTagsStjSourceGen(), b.BatchTagsApiContentJson()),
            };
            var bodies = JsonBodyBenchmarks.Bodies();
            Require(bodies.Count == lengths.Count, "a body is benchmarked but not compared");
            foreach (var (body, stj, api) in bodies)
            {
                Require(stj.AsSpan().SequenceEqual(api),
                    $"the {body} bodies differ:\n  {Encoding.UTF8.GetString(stj)}\n  {Encoding.UTF8.GetString(api)}");
                Require(lengths[body] == (api.Length, api.Length), $"a {body} body's Content-Length is not its length");
                yield return $"json body {body}: ApiContent.Json and STJ source gen write the same {api.Length} bytes";
            }
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
