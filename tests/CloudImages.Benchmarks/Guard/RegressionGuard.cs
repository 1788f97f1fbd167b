using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CloudImages.Benchmarks.Calls;
using CloudImages.Benchmarks.Deserialization;
using CloudImages.Benchmarks.Inputs;
using CloudImages.Benchmarks.Query;
using CloudImages.Benchmarks.Responses;

namespace CloudImages.Benchmarks.Guard
{
    /// <summary>The regression check: the key benchmarks, briefly, as ratios against a baseline run beside them, compared
    /// with the committed reference ratios (<c>reference-ratios.json</c>). A ratio more than <see cref="Tolerance"/>
    /// above its reference fails; nothing absolute is compared, so a slower or busier machine does not.</summary>
    public static class RegressionGuard
    {
        /// <summary>How much worse than its reference a ratio may get: 25 %.</summary>
        public const double Tolerance = 1.25;

        public const string ReferenceFile = "reference-ratios.json";

        private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

        /// <summary>Measures every pair; with <paramref name="update"/>, writes the ratios as the new reference to
        /// <paramref name="referencePath"/> instead of checking them.</summary>
        /// <returns>0 when every ratio is within tolerance (or was written), 1 otherwise.</returns>
        public static int Run(bool update, string referencePath, TextWriter output)
        {
            ArgumentNullException.ThrowIfNull(output);
            var reference = update ? new Dictionary<string, double>() : Reference();
            var measured = new Dictionary<string, double>();
            var failed = 0;
            var meter = new RatioMeter();
            output.WriteLine("| ratio | reference | measured (median) | rounds | verdict |");
            output.WriteLine("|---|---:|---:|---|---|");
            foreach (var pair in Pairs())
            {
                var (median, rounds) = meter.Measure(pair);
                measured[pair.Name] = Math.Round(median, 3);
                var verdict = "written";
                if (!update)
                {
                    verdict = !reference.TryGetValue(pair.Name, out var expected) ? "no reference"
                        : median <= expected * Tolerance ? "ok" : "**worse by more than 25 %**";
                    failed += verdict.StartsWith("**", StringComparison.Ordinal) ? 1 : 0;
                }

                var shown = reference.TryGetValue(pair.Name, out var r) ? r.ToString("F3", CultureInfo.InvariantCulture) : "-";
                var all = string.Join(" ", rounds.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)));
                output.WriteLine(FormattableString.Invariant($"| {pair.Name} | {shown} | {median:F3} | {all} | {verdict} |"));
            }

            if (update)
            {
                File.WriteAllText(referencePath, JsonSerializer.Serialize(measured, Indented) + "\n");
                output.WriteLine($"Reference written to {referencePath}.");
                return 0;
            }

            output.WriteLine(failed == 0 ? "Regression check: passed." : $"Regression check: {failed} ratio(s) worse than the reference by more than 25 %.");
            return failed == 0 ? 0 : 1;
        }

        /// <summary>The guarded ratios: the pages and a job against the floor, the client's URI against parsing its text,
        /// and the whole call against the parse alone. Each baseline is code this project does not change; STJ is not one, its
        /// times under load varied threefold between rounds.</summary>
        public static IReadOnlyList<GuardPair> Pairs()
        {
            var doc = new DeserializationBenchmarks { Input = ResponseInput.DocExample };
            doc.Setup();
            var page = new DeserializationBenchmarks { Input = ResponseInput.Page500 };
            page.Setup();
            var query = new QueryBuildingBenchmarks();
            var uriText = query.GeneratedUri().OriginalString;
            var calls = new WholeCallBenchmarks();
            calls.Setup();
            var answers = new OperationResponseBenchmarks();
            answers.Setup();
            return
            [
                new("doc-example: generated / raw scan", () => doc.Generated(), () => doc.RawScan()),
                new("page-500: generated / raw scan", () => page.Generated(), () => page.RawScan()),
                new("uri: GetListImagesUri / parsing its text", () => query.GeneratedUri(), () => new Uri(uriText, UriKind.Absolute)),
                new("whole call: ListImagesAsync / parse", () => calls.ListImages().GetAwaiter().GetResult(), () => calls.Parse()),
                new(
                    "whole listing: ListAllImagesAsync / parse, per page",
                    () => calls.ListAllImages().GetAwaiter().GetResult(),
                    () => calls.ParseEveryPage()),
                new("job: generated / raw scan", () => answers.JobGenerated(), () => answers.JobRawScan()),
                new(
                    "openstack-page-500: generated / raw scan",
                    () => answers.OpenStackPageGenerated(),
                    () => answers.OpenStackPageRawScan()),
            ];
        }

        private static Dictionary<string, double> Reference()
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Guard." + ReferenceFile)
                ?? throw new FileNotFoundException($"{ReferenceFile} is not embedded.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return JsonSerializer.Deserialize<Dictionary<string, double>>(reader.ReadToEnd()) ?? [];
        }
    }
}
