using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CloudImages.Generators.CodeFixes;
using Xunit;

namespace CloudImages.Generators.Tests.Generator
{
    /// <summary>What the compiler loads from the package: the generator and analyzers need nothing but Roslyn and
    /// netstandard, so they never bring a second copy of a library (System.Text.Json, say) into the compiler; only the
    /// code fixes may add Roslyn's Workspaces, which the IDE has.</summary>
    public sealed class AnalyzerAssemblyTests
    {
        private static readonly string[] Roslyn =
        {
            "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable",
            "System.Reflection.Metadata",
        };

        [Fact]
        public void The_generator_and_analyzers_reference_nothing_but_Roslyn()
        {
            var references = ReferencesOf(typeof(SpecGenerator).Assembly.Location);

            Assert.Empty(references.Except(Roslyn));
            Assert.Contains("Microsoft.CodeAnalysis.CSharp", references);
        }

        [Fact]
        public void The_code_fixes_add_only_Workspaces_and_the_analyzers()
        {
            var references = ReferencesOf(typeof(SetRequiredParameterCodeFixProvider).Assembly.Location);

            // System.Composition: the [Shared] export attribute, which Workspaces brings along.
            string[] workspaces = ["Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces", "System.Composition.AttributedModel"];

            Assert.Equal(Array.Empty<string>(), references.Except(Roslyn.Concat(workspaces).Append("CloudImages.Generators")));
        }

        [Fact]
        public void Both_target_netstandard20()
        {
            Assert.All(
                new[] { typeof(SpecGenerator).Assembly, typeof(SetRequiredParameterCodeFixProvider).Assembly },
                assembly => Assert.Contains("netstandard", ReferencesOf(assembly.Location)));
        }

        private static string[] ReferencesOf(string path)
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).Order(StringComparer.Ordinal).ToArray();
        }
    }
}
