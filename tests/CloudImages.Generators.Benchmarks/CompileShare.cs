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

        /// <param name="project">The consumer's project file.</param>
        /// <param name="runs">Measured builds; the median is kept.</param>
        /// <param name="server">False: the command-line compiler, a new process per compile (CI here, and any build with
        /// UseSharedCompilation=false). True: a compiler server of our own, warmed by one build first (a developer's default).</param>
        public static CompileShareResult Measure(string project, int runs, bool server)
        {
            // A first, plain build restores and builds the dependencies, so the measured builds compile one project.
            Build(project, "-v:q");
            var pipe = $"cloudimages-bench-{Environment.ProcessId}";
            string[] arguments =
            [
                "--no-dependencies", "--no-incremental", "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary",
                server ? "-p:UseSharedCompilation=true" : "-p:UseSharedCompilation=false",
                .. server ? new[] { $"-p:SharedCompilationId={pipe}" } : [],
            ];
            try
            {
                if (server)
                {
                    Build(project, arguments);
                }

                var measured = new List<CompileShareResult>();
                for (var i = 0; i < runs; i++)
                {
                    measured.Add(Parse(project, Build(project, arguments)));
                }

                return measured.OrderBy(m => m.CscMilliseconds).ElementAt(measured.Count / 2);
            }
            finally
            {
                if (server)
                {
                    StopServer(pipe);
                }
            }
        }

        /// <summary>Ends the compiler server this measurement started, found by its pipe name (Linux); elsewhere it
        /// ends by itself once idle.</summary>
        private static void StopServer(string pipe)
        {
            if (!Directory.Exists("/proc"))
            {
                return;
            }

            foreach (var directory in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == Environment.ProcessId)
                {
                    continue;
                }

                try
                {
                    if (File.ReadAllText(Path.Combine(directory, "cmdline")).Contains("-pipename:" + pipe, StringComparison.Ordinal))
                    {
                        using var server = Process.GetProcessById(pid);
                        server.Kill();
                        server.WaitForExit(10_000);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
                {
                    // The process ended meanwhile, or is not ours to read.
                }
            }
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
