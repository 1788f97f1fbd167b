using System.Globalization;
using System.Text;
using Steps = CloudImages.Generators.SpecGenerator.TrackingNames;

namespace CloudImages.Generators.Benchmarks
{
    /// <summary>The command line: <c>--all</c> (the default) measures the driver states and the sample's compile share;
    /// <c>--driver</c> and <c>--compile-share [project...]</c> one of them; <c>--runs N</c> sets repetitions;
    /// <c>--smoke</c> only proves the measurements still work.</summary>
    public static class Cli
    {
        public static int Run(string[] args)
        {
            ArgumentNullException.ThrowIfNull(args);
            var runs = Option(args, "--runs") is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : 30;
            if (args.Contains("--smoke"))
            {
                foreach (var line in Smoke())
                {
                    Console.WriteLine(line);
                }

                return 0;
            }

            var report = new StringBuilder();
            if (!args.Contains("--compile-share"))
            {
                report.AppendLine("## Generator: GeneratorDriver").AppendLine().AppendLine(GeneratorReport.Driver(DriverMeasurements.Measure(runs)));
            }

            if (!args.Contains("--driver"))
            {
                var projects = Projects(args);
                var shares = projects.SelectMany(p => new[] { false, true }.Select(server => CompileShare.Measure(p, Math.Min(runs, 3), server))).ToList();
                report.AppendLine("## Generator and analyzers: share of the compile (ReportAnalyzer)").AppendLine().AppendLine(GeneratorReport.Compile(shares));
            }

            var directory = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results");
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, "cloudimages-generator.md");
            File.WriteAllText(path, report.ToString());
            Console.WriteLine(report);
            Console.WriteLine($"Written to {path}");
            return 0;
        }

        /// <summary>Each measurement once: the driver runs and the generated code compiles, and an unrelated edit
        /// re-runs no emit step. Nothing is timed.</summary>
        public static IReadOnlyList<string> Smoke()
        {
            var errors = DriverMeasurements.GeneratedCodeErrors();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("The generated code does not compile: " + string.Join(Environment.NewLine, errors));
            }

            var states = DriverMeasurements.Measure(runs: 2);
            var unrelated = states.Single(s => s.Name.StartsWith("after an unrelated", StringComparison.Ordinal));
            if (unrelated.Steps[Steps.Emit].Contains("Modified", StringComparison.Ordinal) || unrelated.Steps[Steps.Emit].Contains("New", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("An unrelated edit re-ran an emit step: " + unrelated.Steps[Steps.Emit]);
            }

            var share = CompileShare.Parse("Sample.csproj", """
                  Total analyzer execution time: 0.500 seconds.
                     0.010    2   CloudImages.Generators, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null
                  Total generator execution time: 0.400 seconds.
                     0.200   50   CloudImages.Generators, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null
                    4000 ms  Csc                                        1 calls
                """);
            if (share.CscMilliseconds != 4000 || share.OurGeneratorSeconds != 0.2 || share.OurAnalyzerSeconds != 0.01)
            {
                throw new InvalidOperationException($"The ReportAnalyzer report was misread: {share}");
            }

            return [$"driver: {states.Count} states measured; unrelated edit: Emit {unrelated.Steps[Steps.Emit]}", $"compile share: report parsed ({share.GeneratorShare:P1} generator)"];
        }

        private static List<string> Projects(string[] args)
        {
            var at = Array.IndexOf(args, "--compile-share");
            var given = at < 0 ? [] : args.Skip(at + 1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
            return given.Count > 0 ? given : [Path.Combine(RepositoryRoot(), "samples", "CloudImages.Sample", "CloudImages.Sample.csproj")];
        }

        private static string RepositoryRoot()
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
                {
                    if (File.Exists(Path.Combine(directory.FullName, "CloudImages.Generators.sln")))
                    {
                        return directory.FullName;
                    }
                }
            }

            throw new InvalidOperationException("Run from inside the repository, or name the project: --compile-share path/to/Project.csproj");
        }

        private static string? Option(string[] args, string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }
    }
}
