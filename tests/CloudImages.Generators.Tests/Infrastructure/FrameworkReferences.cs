using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CloudImages.Generators.Tests.Infrastructure
{
    /// <summary>Framework reference assemblies for in-memory compilations. They come from what the build restored
    /// (see the project file), so no test resolves, downloads or caches a package while it runs.</summary>
    internal static class FrameworkReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> s_net80 = new(() => Load("Net80"));

        private static readonly Lazy<ImmutableArray<MetadataReference>> s_net100 = new(() => Load("Net100"));

        /// <summary>.NET 8, the oldest framework generated code supports.</summary>
        public static ImmutableArray<MetadataReference> Net80 => s_net80.Value;

        /// <summary>.NET 10, for consumers that also reference assemblies of this test project's own output.</summary>
        public static ImmutableArray<MetadataReference> Net100 => s_net100.Value;

        /// <summary>A framework older than .NET 8: <c>Net60</c>, <c>NetStandard20</c> or <c>Net472</c>.</summary>
        public static ImmutableArray<MetadataReference> Older(string name) => Load(name);

        /// <summary>For the analyzer testing library, which resolves its <see cref="ReferenceAssemblies"/> itself: this
        /// one names no package, so it resolves to nothing and downloads nothing. Add <see cref="Net80"/> to the
        /// test's <c>AdditionalReferences</c> instead.</summary>
        public static ReferenceAssemblies NoPackage { get; } = new("net8.0");

        private static ImmutableArray<MetadataReference> Load(string key)
        {
            var directory = typeof(FrameworkReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "ReferenceAssemblies:" + key).Value;
            if (directory is null || !Directory.Exists(directory))
            {
                throw new InvalidOperationException($"The reference assemblies for {key} are not at '{directory}'; restore and build the test project.");
            }

            return Directory.GetFiles(directory, "*.dll")
                .Where(IsManaged)
                .Order(StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }

        // .NET Framework's reference folder also holds DLLs that are no assemblies (System.EnterpriseServices.*).
        private static bool IsManaged(string path)
        {
            using var pe = new PEReader(File.OpenRead(path));
            return pe.HasMetadata && pe.GetMetadataReader().IsAssembly;
        }
    }
}
