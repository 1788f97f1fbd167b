namespace CloudImages.Generators.Benchmarks
{
    /// <summary>What GetTimingInfo() reported for one state of the driver, and why each tracked step ran.</summary>
    internal sealed record DriverState(string Name, int Runs, TimeSpan TotalMedian, TimeSpan TotalMin, TimeSpan GeneratorMedian, IReadOnlyDictionary<string, string> Steps);
}
