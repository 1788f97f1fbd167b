using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using CloudImages.Generators.CodeFixes;
using CloudImages.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
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

        [Fact]
        public async Task Running_the_generator_and_analyzers_loads_nothing_but_Roslyn()
        {
            // A load context of its own that records every assembly the generator's asks for, and takes each from the
            // test host (where Roslyn is) so that the compiler's types stay the same.
            var context = new RecordingLoadContext();
            var assembly = context.LoadFromAssemblyPath(typeof(SpecGenerator).Assembly.Location);
            var generator = (IIncrementalGenerator)Activator.CreateInstance(assembly.GetType(typeof(SpecGenerator).FullName!)!)!;
            var analyzers = assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();
            Assert.NotEmpty(analyzers);

            CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], [new InMemoryAdditionalText("ims.cloud-api.json", GeneratorHarness.ImsSpec)], GeneratorHarness.ParseOptions)
                .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);
            var invalid = output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "namespace Consumer { internal static class Use { public static object Q() => new CloudImages.Ims.ListImagesQuery { MemberStatus = CloudImages.Ims.MemberStatus.Accepted }; } }",
                GeneratorHarness.ParseOptions));
            var diagnostics = await invalid.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();

            Assert.Contains(diagnostics, d => d.Id == "CIMG0001");
            Assert.Contains("Microsoft.CodeAnalysis", context.Requested);
            Assert.Empty(context.Requested.Except(Roslyn));
        }

        private sealed class RecordingLoadContext() : AssemblyLoadContext("analyzer", isCollectible: true)
        {
            public ConcurrentBag<string> Requested { get; } = [];

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                Requested.Add(assemblyName.Name!);
                return null;
            }
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
