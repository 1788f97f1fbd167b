namespace CloudImages.Generators.Shared
{
    /// <summary>The analyzers' copy of the runtime's rule type (see src/Shared).</summary>
    internal sealed partial class ApiRule
    {
    }
}
