namespace CloudImages.Generators.Model
{
    /// <summary>A compilation that targets a framework older than .NET 8, for which CloudImages.Runtime has no build.</summary>
    /// <param name="TargetFramework">The TargetFramework MSBuild property, when the compiler can see it.</param>
    /// <param name="CoreLibrary">The core library's name and version, such as "netstandard 2.0.0.0".</param>
    internal sealed record OlderTarget(string? TargetFramework, string CoreLibrary);
}
