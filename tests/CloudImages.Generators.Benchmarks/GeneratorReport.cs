using System.Globalization;
using System.Text;

namespace CloudImages.Generators.Benchmarks
{
    /// <summary>Markdown tables of the driver states and the compile shares.</summary>
    internal static class GeneratorReport
    {
        public static string Driver(IReadOnlyList<DriverState> states)
        {
            var text = new StringBuilder();
            text.AppendLine("| state | runs | GetTimingInfo total (median) | min | SpecGenerator (median) | " + string.Join(" | ", DriverMeasurements.StepNames) + " |");
            text.AppendLine("|---|---:|---:|---:|---:|" + string.Concat(DriverMeasurements.StepNames.Select(_ => "---|")));
            foreach (var s in states)
            {
                var steps = string.Join(" | ", DriverMeasurements.StepNames.Select(n => s.Steps[n]));
                text.AppendLine(CultureInfo.InvariantCulture, $"| {s.Name} | {s.Runs} | {Ms(s.TotalMedian)} | {Ms(s.TotalMin)} | {Ms(s.GeneratorMedian)} | {steps} |");
            }

            return text.ToString();
        }

        public static string Compile(IReadOnlyList<CompileShareResult> results)
        {
            var text = new StringBuilder();
            text.AppendLine("| project | compiler | Csc task | SpecGenerator | share | our analyzers | share | all generators | all analyzers |");
            text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in results)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {r.Project} | {r.Compiler} | {r.CscMilliseconds:F0} ms | {r.OurGeneratorSeconds * 1000:F0} ms | {r.GeneratorShare:P1} | {r.OurAnalyzerSeconds * 1000:F0} ms | {r.AnalyzerShare:P1} | {r.AllGeneratorSeconds * 1000:F0} ms | {r.AllAnalyzerSeconds * 1000:F0} ms |");
            }

            return text.ToString();
        }

        private static string Ms(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:F2} ms");
    }
}
