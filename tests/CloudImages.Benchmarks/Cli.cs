using System.Text;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CloudImages.Benchmarks.Bodies;
using CloudImages.Benchmarks.Calls;
using CloudImages.Benchmarks.Deserialization;
using CloudImages.Benchmarks.Paging;
using CloudImages.Benchmarks.Query;
using CloudImages.Benchmarks.Reporting;
using CloudImages.Benchmarks.Responses;
using CloudImages.Benchmarks.Smoke;
using CloudImages.Benchmarks.TargetFrameworks;

namespace CloudImages.Benchmarks
{
    /// <summary>The command line. <c>--all</c> runs every client benchmark, the paging run and the runtime's two builds
    /// and writes the results and the targets; <c>--runtimes</c> runs only the runtime's netstandard2.0 build against
    /// its net8.0 build; <c>--quick</c> uses BenchmarkDotNet's short job; <c>--smoke</c> only proves they still work;
    /// anything else goes to BenchmarkDotNet's own switcher (<c>--filter *Query*</c>, <c>--list flat</c>).</summary>
    public static class Cli
    {
        public static async Task<int> RunAsync(string[] args)
        {
            ArgumentNullException.ThrowIfNull(args);
            var quick = args.Contains("--quick");
            if (args.Length >= 2 && args[0] == PagingMemory.ChildSwitch)
            {
                return await PagingMemory.RunChildAsync(args[1]).ConfigureAwait(false);
            }

            if (args.Contains("--smoke"))
            {
                foreach (var line in await SmokeRun.RunAsync().ConfigureAwait(false))
                {
                    Console.WriteLine(line);
                }

                return 0;
            }

            if (args.Contains("--paging"))
            {
                Console.WriteLine(TargetReport.Paging(PagingMemory.MeasureInChildProcesses()));
                return 0;
            }

            if (args.Contains("--runtimes"))
            {
                var runtimes = RunRuntimeBuilds(quick);
                Console.WriteLine(RuntimeBuildReport.Write(runtimes));
                return Failed(runtimes) ? 1 : 0;
            }

            if (args.Contains("--guard"))
            {
                var path = Path.Combine("tests", "CloudImages.Benchmarks", "Guard", Guard.RegressionGuard.ReferenceFile);
                return Guard.RegressionGuard.Run(args.Contains("--update"), path, Console.Out);
            }

            if (args.Contains("--readability"))
            {
                Console.WriteLine(PageReadability.Table(PageReadability.Run()));
                return 0;
            }

            if (args.Contains("--all"))
            {
                return RunAll(quick);
            }

            BenchmarkSwitcher.FromAssembly(typeof(Cli).Assembly).Run(args.Where(a => a != "--quick").ToArray(), BenchmarkConfig.Create(quick));
            return 0;
        }

        private static int RunAll(bool quick)
        {
            var summaries = BenchmarkRunner.Run(Classes, BenchmarkConfig.Create(quick));
            var paging = PagingMemory.MeasureInChildProcesses();
            var runtimes = RunRuntimeBuilds(quick);
            var measurements = summaries.SelectMany(Reporting.Measurement.From).ToList();

            var report = new StringBuilder();
            report.AppendLine("## Client benchmarks").AppendLine();
            foreach (var summary in summaries)
            {
                report.AppendLine(MarkdownTable(summary)).AppendLine();
            }

            report.AppendLine("## Pages each reader can read at all").AppendLine().AppendLine(PageReadability.Table(PageReadability.Run()));
            report.AppendLine("## Paging memory").AppendLine().AppendLine(TargetReport.Paging(paging));
            report.AppendLine("## The runtime's netstandard2.0 build against its net8.0 build").AppendLine().AppendLine(RuntimeBuildReport.Write(runtimes));
            report.AppendLine("## Targets").AppendLine().AppendLine(TargetReport.Write(measurements, QueryAllocations.Generated(), paging, UriAllocations()));

            var path = Path.Combine(summaries[0].ResultsDirectoryPath, "cloudimages-client.md");
            File.WriteAllText(path, report.ToString());
            Console.WriteLine(report);
            Console.WriteLine($"Written to {path}");
            return summaries.Append(runtimes).Any(Failed) ? 1 : 0;
        }

        private static Summary RunRuntimeBuilds(bool quick) => BenchmarkRunner.Run<RuntimeBuildBenchmarks>(RuntimeBuildConfig.Create(quick));

        private static bool Failed(Summary summary) => summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success);

        /// <summary>Every client benchmark class, in the order they run.</summary>
        public static readonly Type[] Classes =
        [
            typeof(DeserializationBenchmarks), typeof(OperationResponseBenchmarks), typeof(QueryBuildingBenchmarks),
            typeof(WholeCallBenchmarks), typeof(JsonBodyBenchmarks),
        ];

        private static IReadOnlyList<(string, long, long)> UriAllocations()
        {
            using var http = new HttpClient { BaseAddress = new Uri("https://ims.eu-de.otc.t-systems.com/") };
            var client = new Ims.CloudImagesClient(http);
            var (text, uri) = QueryAllocations.GeneratedUri(client, TenParameterQuery.Generated);
            var (asciiText, asciiUri) = QueryAllocations.GeneratedUri(client, TenParameterQuery.GeneratedAscii);
            return [("uri", text, uri), ("uri, ASCII name", asciiText, asciiUri)];
        }

        private static string MarkdownTable(Summary summary)
        {
            var logger = new BenchmarkDotNet.Loggers.AccumulationLogger();
            BenchmarkDotNet.Exporters.MarkdownExporter.GitHub.ExportToLog(summary, logger);
            return logger.GetLog();
        }
    }
}
