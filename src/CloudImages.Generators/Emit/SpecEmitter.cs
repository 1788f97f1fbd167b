using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;
using CloudImages.Generators.Text;

namespace CloudImages.Generators.Emit
{
    /// <summary>Turns one client's specs into its source files. Runs per client, before the clients are collected, so
    /// an edit to one spec re-emits only its client, and an unrelated C# edit re-emits nothing.</summary>
    internal static class SpecEmitter
    {
        public static SpecOutput Emit(SpecGroup group, GeneratorFeatures features)
        {
            var output = Emit(group.Spec, features);
            return group.Diagnostics.Count == 0
                ? output
                : output with { Diagnostics = group.Diagnostics.Concat(output.Diagnostics).ToEquatableArray() };
        }

        private static SpecOutput Emit(ApiSpec spec, GeneratorFeatures features)
        {
            var start = new LocationInfo(spec.SourcePath, default, default);
            if (!features.HasRuntime)
            {
                return Failed(spec, DiagnosticInfo.Create(DiagnosticDescriptors.RuntimeMissing, start));
            }

            if (!features.LanguageVersionSupported)
            {
                return Failed(spec, DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooLow, start));
            }

            // Each type names the spec that declares it; the client's own types name all of its specs.
            var fileName = System.IO.Path.GetFileName(spec.SourcePath);
            var sources = spec.DeclaredTypes.ToDictionary(t => t.Name, t => System.IO.Path.GetFileName(t.Location.FilePath));
            string SourceOf(string typeName) => sources.TryGetValue(typeName, out var source) ? source : fileName;
            var clientSource = spec.SpecCount == 1 ? fileName : $"the {spec.SpecCount} specs of {spec.ClientName}";
            var files = new List<GeneratedFile>();
            void Add(string typeName, string source) => files.Add(new GeneratedFile(HintName(spec.Namespace, typeName), source));

            foreach (var model in spec.Enums)
            {
                Add(model.TypeName, EnumEmitter.Emit(spec, model, SourceOf(model.TypeName)));
            }

            foreach (var model in spec.Schemas)
            {
                Add(model.TypeName, SchemaEmitter.Emit(spec, model, SourceOf(model.TypeName)));
            }

            foreach (var schema in spec.RequestSchemas)
            {
                Add(schema.TypeName, QueryEmitter.Emit(spec, schema, SourceOf(schema.TypeName)));
            }

            foreach (var operation in spec.Operations)
            {
                Add(operation.QueryTypeName, QueryEmitter.Emit(spec, operation, SourceOf(operation.QueryTypeName)));
                if (operation.Body?.Patch is { } patch)
                {
                    Add(patch.TypeName, PatchEmitter.Emit(spec, operation, patch, SourceOf(patch.TypeName)));
                }
            }

            Add(spec.JsonClassName, JsonEmitter.Emit(spec, clientSource));
            Add(spec.ClientName, ClientEmitter.Emit(spec, clientSource));
            if (features.HasHttpClientFactory)
            {
                Add(spec.OptionsClassName, DependencyInjectionEmitter.EmitOptions(spec, clientSource));
                Add(spec.ExtensionsClassName, DependencyInjectionEmitter.EmitExtensions(spec, features, clientSource));
            }
            return new SpecOutput(spec.SourcePath, files.ToEquatableArray(), spec.DeclaredTypes, EquatableArray<DiagnosticInfo>.Empty);
        }

        /// <summary>Namespace.Type.g.cs; long names are shortened with a hash so the file name stays valid everywhere.</summary>
        public static string HintName(string ns, string typeName)
        {
            var name = ns + "." + typeName;
            return (name.Length <= 120 ? name : name.Substring(0, 100) + "_" + StableHash.Hex8(name)) + ".g.cs";
        }

        private static SpecOutput Failed(ApiSpec spec, DiagnosticInfo diagnostic) =>
            new(spec.SourcePath, EquatableArray<GeneratedFile>.Empty, EquatableArray<DeclaredType>.Empty, new[] { diagnostic }.ToEquatableArray());
    }
}
