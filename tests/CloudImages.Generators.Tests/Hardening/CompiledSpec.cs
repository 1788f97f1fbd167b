using System.Reflection;
using System.Runtime.Loader;
using CloudImages.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CloudImages.Generators.Tests.Hardening
{
    /// <summary>Generates, compiles and loads the client of a spec, to inspect it by reflection.</summary>
    internal static class CompiledSpec
    {
        public static Assembly Load(string spec)
        {
            var run = GeneratorHarness.Run(("hostile.cloud-api.json", spec));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error);
            Assert.Empty(run.CompilationProblems());

            using var image = new MemoryStream();
            var emitted = run.Output.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            image.Position = 0;
            return new AssemblyLoadContext("hostile-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(image);
        }

        public static string[] PublicTypes(Assembly assembly, string ns) =>
            assembly.GetExportedTypes().Where(t => t.Namespace == ns).Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();

        public static string[] Properties(Type type, BindingFlags scope) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.DeclaredOnly | scope).Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
    }
}
