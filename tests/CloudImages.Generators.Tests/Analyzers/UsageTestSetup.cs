using System.Collections.Immutable;
using CloudImages.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using CloudImages.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace CloudImages.Generators.Tests.Analyzers
{
    /// <summary>What the usage analyzer and code fix tests share. A test project sees the generated types either
    /// from a referenced library (the default: compiled once, so each test compiles only its own lines), or because
    /// the spec is an AdditionalFiles item of the project itself and the real generator runs on it.</summary>
    internal static class UsageTestSetup
    {
        public static readonly string ImsSpec = ReadSpec(Path.Combine("ims", "querying-images.cloud-api.json"));

        /// <summary>Every IMS spec (spec/ims), in path order: together, one client.</summary>
        public static readonly string[] ImsSpecs = Directory
            .GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs", "ims"), "*.cloud-api.json")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();

        /// <summary>The test-only second spec, with rules of its own.</summary>
        public static readonly string ServersSpec = ReadSpec("servers.cloud-api.json");

        /// <summary>The test-only spec of format 1.1: bodies, nested request objects, JSON Patch, jobs.</summary>
        public static readonly string WritesSpec = ReadSpec("image-writes.cloud-api.json");

        public static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(CloudImages.Runtime.ApiRule).Assembly.Location);

        /// <summary>Every usage analyzer: each test states every diagnostic it expects, so a stray one fails it.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
            new ParameterCombinationAnalyzer(),
            new ParameterValueAnalyzer(),
            new EnumValueAnalyzer());

        /// <summary>Sets up a test; with <paramref name="specs"/>, the project holds them and the generator runs on it.</summary>
        public static void Configure(AnalyzerTest<DefaultVerifier> test, string[]? specs)
        {
            test.ReferenceAssemblies = FrameworkReferences.NoPackage;
            test.TestState.AdditionalReferences.AddRange(FrameworkReferences.Net80);
            test.MarkupOptions = MarkupOptions.UseFirstDescriptor;

            // The generated files are the generator tests' business; the generated-code check would re-analyze each of them.
            test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck | TestBehaviors.SkipGeneratedCodeCheck;
            test.TestState.AdditionalReferences.Add(Runtime);
            if (specs is not null)
            {
                test.TestState.Sources.Add(("/0/GlobalUsings.g.cs", GeneratedLibrary.ImplicitUsings));
                for (var i = 0; i < specs.Length; i++)
                {
                    test.TestState.AdditionalFiles.Add(($"/0/spec{i}.cloud-api.json", specs[i]));
                }
            }
        }

        /// <summary>The generated library, unless the project holds the specs.</summary>
        public static async Task AddLibraryAsync(string[]? specs, params ProjectState[] states)
        {
            if (specs is null)
            {
                var library = await GeneratedLibrary.ImsAndServers;
                foreach (var state in states)
                {
                    state.AdditionalReferences.Add(library);
                }
            }
        }

        public static IEnumerable<Type> Generators(string[]? specs) => specs is null ? Array.Empty<Type>() : new[] { typeof(SpecGenerator) };

        private static string ReadSpec(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", name));
    }
}
