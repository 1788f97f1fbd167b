using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;
using CloudImages.Generators.Text;

namespace CloudImages.Generators.Emit
{
    /// <summary>Turns one spec into its source files. Runs per spec, before the specs are collected, so an edit to
    /// one spec re-emits only that spec, and an unrelated C# edit re-emits nothing.</summary>
    internal static class SpecEmitter
    {
        public static SpecOutput Emit(ApiSpec spec, GeneratorFeatures features)
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

            var fileName = System.IO.Path.GetFileName(spec.SourcePath);
            var files = new List<GeneratedFile>();
            void Add(string typeName, string source) => files.Add(new GeneratedFile(HintName(spec.Namespace, typeName), source));

            foreach (var model in spec.Enums)
            {
                Add(model.TypeName, EnumEmitter.Emit(spec, model, fileName));
            }

            foreach (var model in spec.Schemas)
            {
                Add(model.TypeName, SchemaEmitter.Emit(spec, model, fileName));
            }

            foreach (var schema in spec.RequestSchemas)
            {
                Add(schema.TypeName, QueryEmitter.Emit(spec, schema, fileName));
            }

            foreach (var operation in spec.Operations)
            {
                Add(operation.QueryTypeName, QueryEmitter.Emit(spec, operation, fileName));
                if (operation.Body?.Patch is { } patch)
                {
                    Add(patch.TypeName, PatchEmitter.Emit(spec, operation, patch, fileName));
                }
            }

            Add(spec.JsonClassName, JsonEmitter.Emit(spec, fileName));
            Add(spec.ClientName, ClientEmitter.Emit(spec, fileName));
            if (features.HasHttpClientFactory)
            {
                Add(spec.OptionsClassName, DependencyInjectionEmitter.EmitOptions(spec, fileName));
                Add(spec.ExtensionsClassName, DependencyInjectionEmitter.EmitExtensions(spec, features, fileName));
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
