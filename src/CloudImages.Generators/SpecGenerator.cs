using CloudImages.Generators.Emit;
using CloudImages.Generators.Groups;
using CloudImages.Generators.Model;
using CloudImages.Generators.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CloudImages.Generators
{
    /// <summary>Generates a typed client from every spec file (*.cloud-api.json) passed as an AdditionalFiles item.</summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SpecGenerator : IIncrementalGenerator
    {
        /// <summary>Step names, for tests that check what the driver re-ran.</summary>
        public static class TrackingNames
        {
            public const string Input = nameof(Input);
            public const string Read = nameof(Read);
            public const string Model = nameof(Model);
            public const string Features = nameof(Features);
            public const string Group = nameof(Group);
            public const string Emit = nameof(Emit);
            public const string Collect = nameof(Collect);
        }

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var inputs = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, cancellationToken) => SpecInputs.Create(pair.Left, pair.Right, cancellationToken))
                .Where(static input => input is not null)
                .Select(static (input, _) => input!)
                .WithTrackingName(TrackingNames.Input);

            var read = inputs
                .Select(static (input, cancellationToken) => SpecReader.Read(input, cancellationToken))
                .WithTrackingName(TrackingNames.Read);

            context.RegisterSourceOutput(
                read.Select(static (result, _) => result.Diagnostics),
                static (output, diagnostics) => SourceOutput.Report(output, diagnostics));

            var specs = read
                .Select(static (result, _) => result.Spec)
                .Where(static spec => spec is not null)
                .Select(static (spec, _) => spec!)
                .WithTrackingName(TrackingNames.Model);

            var features = context.CompilationProvider
                .Select(static (compilation, _) => new GeneratorFeatures(
                    compilation.GetTypeByMetadataName("CloudImages.Runtime.ApiTransport") is not null,
                    compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions") is not null,
                    compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration") is not null,
                    compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp11 }))
                .WithTrackingName(TrackingNames.Features);

            var groups = specs
                .Collect()
                .SelectMany(static (all, _) => ClientGroups.Merge(all))
                .WithTrackingName(TrackingNames.Group);

            var outputs = groups
                .Combine(features)
                .Select(static (pair, _) => SpecEmitter.Emit(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Emit);

            var all = outputs.Collect().WithTrackingName(TrackingNames.Collect);
            context.RegisterSourceOutput(all, static (output, all) => SourceOutput.Add(output, all));

            // Once per compilation, not per spec, and kept out of the features every spec's emission depends on: the
            // compiler-support types that netstandard2.0 and .NET Framework lack.
            var missingPolyfills = context.CompilationProvider.Select(static (compilation, _) => PolyfillEmitter.Missing(compilation));
            context.RegisterSourceOutput(
                all.Combine(missingPolyfills),
                static (output, pair) => PolyfillEmitter.AddTo(output, pair.Left, pair.Right));
        }
    }
}
