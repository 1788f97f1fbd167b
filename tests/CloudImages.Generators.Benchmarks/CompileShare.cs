using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CloudImages.Generators.Benchmarks
{
    /// <summary>Builds a consumer project with -p:ReportAnalyzer=true and reads, from the compiler's own report, how
    /// long CloudImages.Generators' generator and analyzers took, against the time of the Csc task.</summary>
    /// <remarks>Reusable for any project: <c>--compile-share path/to/Project.csproj</c>. The project is rebuilt
    /// alone (<c>--no-dependencies --no-incremental</c>) so the Csc task is this project's compile only.</remarks>
    internal static partial class CompileShare
    {
        private const string Ours = "CloudImages.Generators, Version=";

        public static CompileShareResult Measure(string project, int runs)
        {
            // A first, plain build restores and builds the dependencies, so the measured builds compile one project.
            Build(project, "-v:q");
            var measured = new List<CompileShareResult>();
            for (var i = 0; i < runs; i++)
            {
                measured.Add(Parse(project, Build(project, "--no-dependencies", "--no-incremental", "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary")));
            }

            return measured.OrderBy(m => m.CscMilliseconds).ElementAt(measured.Count / 2);
        }

        internal static CompileShareResult Parse(string project, string log)
        {
            double Seconds(string section)
            {
                var match = Regex.Match(log, $@"Total {section} execution time: ([0-9.]+) seconds");
                return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            }

            // The generator table follows "Total generator execution time"; the analyzer table precedes it.
            var generatorAt = log.IndexOf("Total generator execution time", StringComparison.Ordinal);
            var analyzerAt = log.IndexOf("Total analyzer execution time", StringComparison.Ordinal);
            var analyzers = analyzerAt < 0 ? "" : log[analyzerAt..(generatorAt > analyzerAt ? generatorAt : log.Length)];
            var generators = generatorAt < 0 ? "" : log[generatorAt..];

            var csc = CscLine().Match(log);
            return new CompileShareResult(
                Path.GetFileNameWithoutExtension(project),
                csc.Success ? double.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN,
                Line(generators),
                Line(analyzers),
                Seconds("generator"),
                Seconds("analyzer"),
                log.Contains("CompilerServer: server", StringComparison.Ordinal) ? "compiler server" : "command-line csc");
        }

        /// <summary>Our assembly's seconds in a ReportAnalyzer table, or 0 when it has no entry there.</summary>
        private static double Line(string table)
        {
            foreach (var line in table.Split('\n'))
            {
                var trimmed = line.Trim();
                var at = trimmed.IndexOf(Ours, StringComparison.Ordinal);
                if (at > 0)
                {
                    var seconds = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                    return seconds.StartsWith('<') ? 0 : double.Parse(seconds, CultureInfo.InvariantCulture);
                }
            }

            return 0;
        }

        private static string Build(string project, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("build");
            start.ArgumentList.Add(project);
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var build = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet build.");
            var error = build.StandardError.ReadToEndAsync();
            var output = build.StandardOutput.ReadToEnd();
            build.WaitForExit();
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet build {project} failed:\n{output}\n{error.Result}");
            }

            return output;
        }

        [GeneratedRegex(@"^\s*([0-9]+) ms\s+Csc\s+1 calls", RegexOptions.Multiline)]
        private static partial Regex CscLine();
    }
}
