using System.Globalization;
using System.Text;
using CloudImages.Benchmarks.Inputs;
using CloudImages.Benchmarks.Paging;

namespace CloudImages.Benchmarks.Reporting
{
    /// <summary>Turns measurements into the targets: each ratio, its allocations, and whether it is met.
    /// Targets are goals, not assertions; nothing fails on them.</summary>
    public static class TargetReport
    {
        public static string Write(
            IReadOnlyList<Measurement> measurements,
            IReadOnlyList<(string Object, long Bytes)>? queryAllocations,
            IReadOnlyList<PagingResult>? paging,
            IReadOnlyList<(string Name, long UriString, long SystemUri)>? uriAllocations = null)
        {
            var text = new StringBuilder();
            text.AppendLine("| target | measured | goal | met |");
            text.AppendLine("|---|---|---|---|");
            foreach (var input in new[] { ResponseInput.DocExample, ResponseInput.Page500 })
            {
                var generated = Find(measurements, "Generated", input);
                var stj = Find(measurements, "StjSourceGen", input);
                var newtonsoft = Find(measurements, "NewtonsoftSdk", input);
                var raw = Find(measurements, "RawScan", input);
                if (generated is null || stj is null || newtonsoft is null || raw is null)
                {
                    continue;
                }

                Row(text, $"{input}: generated time / STJ source gen", generated.MeanNanoseconds / stj.MeanNanoseconds, "<= 1.00x", r => r <= 1.0,
                    $"{Time(generated)} vs {Time(stj)}");
                Row(text, $"{input}: generated allocated / STJ source gen", (double)generated.AllocatedBytes / stj.AllocatedBytes, "<= 1.10x", r => r <= 1.1,
                    $"{Bytes(generated.AllocatedBytes)} vs {Bytes(stj.AllocatedBytes)}");
                Row(text, $"{input}: Newtonsoft SDK-style time / generated", newtonsoft.MeanNanoseconds / generated.MeanNanoseconds, ">= 4.00x", r => r >= 4.0,
                    $"{Time(newtonsoft)} ({Bytes(newtonsoft.AllocatedBytes)}) vs {Time(generated)}");
                Row(text, $"{input}: generated time / raw scan", generated.MeanNanoseconds / raw.MeanNanoseconds, "<= 2.00x", r => r <= 2.0,
                    $"{Time(generated)} vs {Time(raw)} ({Bytes(raw.AllocatedBytes)})");
                if (Find(measurements, "RawScanStrings", input) is { } strings)
                {
                    text.AppendLine(CultureInfo.InvariantCulture,
                        $"| {input}: context: raw scan making every string / raw scan | {strings.MeanNanoseconds / raw.MeanNanoseconds:F2}x ({Time(strings)}, {Bytes(strings.AllocatedBytes)}) | - | - |");
                }
            }

            var query = Find(measurements, "Generated", null);
            var reflection = Find(measurements, "Reflection", null);
            if (query is not null && reflection is not null)
            {
                Row(text, "query: reflection time / generated", reflection.MeanNanoseconds / query.MeanNanoseconds, ">= 20.0x", r => r >= 20,
                    $"{Time(reflection)} ({Bytes(reflection.AllocatedBytes)}) vs {Time(query)} ({Bytes(query.AllocatedBytes)})");
            }

            if (queryAllocations is not null)
            {
                var detail = string.Join(" + ", queryAllocations.Select(a => $"{a.Object} {a.Bytes} B"));
                text.AppendLine(CultureInfo.InvariantCulture, $"| query: generated allocations | {queryAllocations.Count} ({detail}) | <= 2 | {Met(queryAllocations.Count <= 2)} |");
            }

            foreach (var (method, name) in new[] { ("GeneratedUri", "uri"), ("GeneratedUriAscii", "uri, ASCII name") })
            {
                if (Find(measurements, method, null) is { } uri)
                {
                    Row(text, $"{name}: GetListImagesUri time (query object included)", uri.MeanNanoseconds / 1000, "< 1.00 us", r => r < 1.0,
                        $"{Time(uri)}, {Bytes(uri.AllocatedBytes)} in all");
                }
            }

            if (Find(measurements, "ReflectionUri", null) is { } sdkUri && Find(measurements, "GeneratedUri", null) is { } ourUri)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| uri: context: SDK-style URI / generated | {sdkUri.MeanNanoseconds / ourUri.MeanNanoseconds:F1}x ({Time(sdkUri)}, {Bytes(sdkUri.AllocatedBytes)}) | - | - |");
            }

            foreach (var (name, uriString, systemUri) in uriAllocations ?? [])
            {
                var sum = uriString + systemUri;
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {name}: allocated, string + Uri | {sum:N0} B (string {uriString} B + System.Uri {systemUri} B) | <= 1,536 B | {Met(sum <= 1536)} |");
            }

            if (Find(measurements, "Parse", null) is { } parse)
            {
                foreach (var call in new[] { "ListImages", "ListAllImages" })
                {
                    if (Find(measurements, call, null) is { } whole)
                    {
                        Row(text, $"whole call: {call} per page / parse alone", whole.MeanNanoseconds / parse.MeanNanoseconds, "<= 1.10x", r => r <= 1.1,
                            $"{Time(whole)} ({Bytes(whole.AllocatedBytes)}) vs {Time(parse)} ({Bytes(parse.AllocatedBytes)})");
                    }
                }
            }

            if (paging is { Count: 2 })
            {
                var growth = (double)paging[1].PeakWorkingSetBytes / paging[0].PeakWorkingSetBytes;
                Row(text, "paging: peak working set 100k / 10k", growth, "<= 1.10x", r => r <= 1.1,
                    $"{Bytes(paging[1].PeakWorkingSetBytes)} vs {Bytes(paging[0].PeakWorkingSetBytes)}");
            }

            return text.ToString();
        }

        public static string Paging(IReadOnlyList<PagingResult> results)
        {
            var text = new StringBuilder();
            text.AppendLine("| images | requests | allocated | allocated per image | peak working set | GCs (gen0/1/2) |");
            text.AppendLine("|---:|---:|---:|---:|---:|---|");
            foreach (var r in results)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {r.Images:N0} | {r.Requests} | {Bytes(r.AllocatedBytes)} | {r.AllocatedBytesPerImage:N0} B | {Bytes(r.PeakWorkingSetBytes)} | {r.Gen0}/{r.Gen1}/{r.Gen2} |");
            }

            return text.ToString();
        }

        private static Measurement? Find(IReadOnlyList<Measurement> all, string method, string? input) =>
            all.FirstOrDefault(m => m.Method == method && m.Input == input);

        private static void Row(StringBuilder text, string name, double ratio, string goal, Func<double, bool> met, string detail) =>
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {ratio:F2}x ({detail}) | {goal} | {Met(met(ratio))} |");

        private static string Met(bool met) => met ? "yes" : "**no**";

        private static string Time(Measurement m) => m.MeanNanoseconds switch
        {
            >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{m.MeanNanoseconds / 1_000_000:F2} ms"),
            >= 1_000 => string.Create(CultureInfo.InvariantCulture, $"{m.MeanNanoseconds / 1_000:F2} us"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{m.MeanNanoseconds:F1} ns"),
        };

        private static string Bytes(long bytes) => bytes switch
        {
            >= 1 << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MiB"),
            >= 1 << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KiB"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        };
    }
}
