namespace CloudImages.Benchmarks.Bodies
{
    /// <summary>One JSON Patch operation as a user writes it for System.Text.Json: op, path and a string value, which
    /// a remove leaves out.</summary>
    public sealed record PatchOperation(string Op, string Path, string? Value = null);
}
