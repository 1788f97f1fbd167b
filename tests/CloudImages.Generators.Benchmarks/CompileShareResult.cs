namespace CloudImages.Generators.Benchmarks
{
    /// <summary>One compile of a consumer: the Csc task, and the seconds the compiler reported for our generator and
    /// analyzers and for all of them (analyzers run concurrently, so their seconds can add up to more than elapsed).</summary>
    internal sealed record CompileShareResult(
        string Project, double CscMilliseconds, double OurGeneratorSeconds, double OurAnalyzerSeconds,
        double AllGeneratorSeconds, double AllAnalyzerSeconds, string Compiler)
    {
        public double GeneratorShare => OurGeneratorSeconds * 1000 / CscMilliseconds;

        public double AnalyzerShare => OurAnalyzerSeconds * 1000 / CscMilliseconds;
    }
}
