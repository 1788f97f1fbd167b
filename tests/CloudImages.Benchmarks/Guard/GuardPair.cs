namespace CloudImages.Benchmarks.Guard
{
    /// <summary>One guarded ratio: <see cref="Candidate"/>'s time over <see cref="Baseline"/>'s, both run in the same
    /// process, interleaved, so that a busy machine slows both alike.</summary>
    public sealed record GuardPair(string Name, Func<object?> Candidate, Func<object?> Baseline);
}
