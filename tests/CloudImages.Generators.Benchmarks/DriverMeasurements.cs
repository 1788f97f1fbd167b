using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Steps = CloudImages.Generators.SpecGenerator.TrackingNames;

namespace CloudImages.Generators.Benchmarks
{
    /// <summary>Runs SpecGenerator in a GeneratorDriver the way the compiler and the IDE do, in each state the issue
    /// names, and keeps GetTimingInfo() and the tracked step reasons of every run.</summary>
    internal static class DriverMeasurements
    {
        public static readonly string[] StepNames = [Steps.Input, Steps.Read, Steps.Model, Steps.Features, Steps.Emit, Steps.Collect, "SourceOutput"];

        private const string SpecPath = "/specs/querying-images.cloud-api.json";

        public static IReadOnlyList<DriverState> Measure(int runs)
        {
            var specText = SpecFile.ImsSpecText();
            var spec = new SpecFile(SpecPath, specText);
            var compilation = ConsumerCompilation.Create();
            var states = new List<DriverState>();

            // The first run in this process pays for loading and compiling the generator: a cold build.
            var first = Fresh(spec).RunGenerators(compilation);
            states.Add(State("cold, first run in the process", [first]));

            states.Add(State("cold (new driver, generator already JIT-compiled)", Repeat(runs, _ => Fresh(spec).RunGenerators(compilation))));

            var warm = Fresh(spec).RunGenerators(compilation);
            states.Add(State("no change", Repeat(runs, _ => warm.RunGenerators(compilation))));

            var unrelated = warm;
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Unrelated.cs");
            states.Add(State("after an unrelated C# edit", Repeat(runs, i =>
            {
                var edited = compilation.ReplaceSyntaxTree(tree, ConsumerCompilation.Unrelated(i + 1));
                return unrelated = unrelated.RunGenerators(edited);
            })));

            var current = (AdditionalText)spec;
            var specEdit = warm;
            states.Add(State("after a spec edit", Repeat(runs, i =>
            {
                var edited = new SpecFile(SpecPath, specText.Replace(
                    "\"title\": \"Image Management Service: Querying Images\"",
                    $"\"title\": \"Image Management Service: Querying Images (edit {i})\"",
                    StringComparison.Ordinal));
                specEdit = specEdit.ReplaceAdditionalText(current, edited).RunGenerators(compilation);
                current = edited;
                return specEdit;
            })));

            return states;
        }

        /// <summary>The generated code compiles without errors in the consumer; for the smoke run.</summary>
        public static IReadOnlyList<Diagnostic> GeneratedCodeErrors()
        {
            Fresh(new SpecFile(SpecPath, SpecFile.ImsSpecText())).RunGeneratorsAndUpdateCompilation(ConsumerCompilation.Create(), out var output, out var diagnostics);
            return diagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        }

        private static GeneratorDriver Fresh(AdditionalText spec) => CSharpGeneratorDriver.Create(
            [new SpecGenerator().AsSourceGenerator()],
            [spec],
            ConsumerCompilation.ParseOptions,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        private static List<GeneratorDriver> Repeat(int runs, Func<int, GeneratorDriver> run)
        {
            var drivers = new List<GeneratorDriver>(runs);
            for (var i = 0; i < runs; i++)
            {
                drivers.Add(run(i));
            }

            return drivers;
        }

        private static DriverState State(string name, IReadOnlyList<GeneratorDriver> drivers)
        {
            var totals = drivers.Select(d => d.GetTimingInfo().ElapsedTime).Order().ToList();
            var generator = drivers.Select(d => d.GetTimingInfo().GeneratorTimes.Single().ElapsedTime).Order().ToList();
            var last = drivers[^1].GetRunResult().Results.Single();
            Debug.Assert(last.Exception is null, last.Exception?.ToString());
            var steps = StepNames.ToDictionary(step => step, step => Reasons(last, step));
            return new DriverState(name, drivers.Count, totals[totals.Count / 2], totals[0], generator[generator.Count / 2], steps);
        }

        private static string Reasons(GeneratorRunResult result, string step)
        {
            var runs = result.TrackedSteps.TryGetValue(step, out var tracked) ? tracked
                : result.TrackedOutputSteps.TryGetValue(step, out var output) ? output
                : default;
            if (runs.IsDefaultOrEmpty)
            {
                return "-";
            }

            return string.Join(", ", runs.SelectMany(r => r.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
        }
    }
}
