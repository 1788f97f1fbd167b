using CloudImages.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CloudImages.Generators
{
    /// <summary>Tells whether a compilation targets a framework older than .NET 8. CloudImages.Runtime ships for
    /// net8.0 only, so NuGet gives such a project the analyzer and no runtime.</summary>
    internal static class OlderTargets
    {
        public static OlderTarget? Of(Compilation compilation, AnalyzerConfigOptions globalOptions)
        {
            // The core library tells what the code compiles against, whichever way the project was built.
            var core = compilation.ObjectType;
            if (core.TypeKind == Microsoft.CodeAnalysis.TypeKind.Error || core.ContainingAssembly is not { } assembly)
            {
                return null;
            }

            var identity = assembly.Identity;
            var older = identity.Name switch
            {
                "netstandard" or "mscorlib" => true,
                "System.Runtime" or "System.Private.CoreLib" => identity.Version.Major < 8,
                _ => false,
            };
            if (!older)
            {
                return null;
            }

            var targetFramework = globalOptions.TryGetValue("build_property.TargetFramework", out var value) && !string.IsNullOrWhiteSpace(value)
                ? value.Trim()
                : null;
            return new OlderTarget(targetFramework, identity.Name + " " + identity.Version);
        }
    }
}
