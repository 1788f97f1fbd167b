using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>The runtime's metadata attributes in one compilation, and the query and enum models read from them.
    /// Everything the analyzers know about an API comes from these attributes on the generated types, so the
    /// analyzers work wherever those types are visible, also from another assembly, and never read a spec.</summary>
    internal sealed class ApiSymbols
    {
        private const string MetadataNamespace = "CloudImages.Runtime.Metadata.";

        private readonly ConcurrentDictionary<ITypeSymbol, QueryModel?> _queries = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, EnumModel?> _enums = new(SymbolEqualityComparer.Default);

        // Made once: the lookups run for every property assignment of a compilation.
        private readonly Func<ITypeSymbol, QueryModel?> _createQuery;
        private readonly Func<ITypeSymbol, EnumModel?> _createEnum;

        private ApiSymbols(INamedTypeSymbol query, INamedTypeSymbol parameter, INamedTypeSymbol rule, INamedTypeSymbol apiEnum, INamedTypeSymbol enumValue)
        {
            QueryAttribute = query;
            ParameterAttribute = parameter;
            RuleAttribute = rule;
            EnumAttribute = apiEnum;
            EnumValueAttribute = enumValue;
            _createQuery = type => QueryModel.Create(this, (INamedTypeSymbol)type);
            _createEnum = type => EnumModel.Create(this, (INamedTypeSymbol)type);
        }

        public INamedTypeSymbol QueryAttribute { get; }

        public INamedTypeSymbol ParameterAttribute { get; }

        public INamedTypeSymbol RuleAttribute { get; }

        public INamedTypeSymbol EnumAttribute { get; }

        public INamedTypeSymbol EnumValueAttribute { get; }

        /// <summary>The symbols, or null when the compilation has no generated query type: then the analyzers register nothing.</summary>
        public static ApiSymbols? TryCreate(Compilation compilation)
        {
            if (compilation.GetTypeByMetadataName(MetadataNamespace + "ApiQueryAttribute") is not { } query
                || compilation.GetTypeByMetadataName(MetadataNamespace + "ApiParameterAttribute") is not { } parameter
                || compilation.GetTypeByMetadataName(MetadataNamespace + "ApiRuleAttribute") is not { } rule
                || compilation.GetTypeByMetadataName(MetadataNamespace + "ApiEnumAttribute") is not { } apiEnum
                || compilation.GetTypeByMetadataName(MetadataNamespace + "ApiEnumValueAttribute") is not { } enumValue)
            {
                return null;
            }

            var symbols = new ApiSymbols(query, parameter, rule, apiEnum, enumValue);
            return symbols.HasQueryTypes(compilation) ? symbols : null;
        }

        /// <summary>The model of a generated query type, or null for any other type.</summary>
        public QueryModel? Query(ITypeSymbol? type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Class } named ? _queries.GetOrAdd(named, _createQuery) : null;

        /// <summary>The parameter a property of a generated query type stands for.</summary>
        public QueryParameter? Parameter(IPropertySymbol property) =>
            Query(property.ContainingType) is { } model && model.ByProperty.TryGetValue(property.OriginalDefinition, out var parameter) ? parameter : null;

        /// <summary>The model of a generated open enumeration (or of a nullable one), or null for any other type.</summary>
        public EnumModel? Enum(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return type is INamedTypeSymbol { TypeKind: TypeKind.Struct } named ? _enums.GetOrAdd(named, _createEnum) : null;
        }

        public bool Has(ISymbol symbol, INamedTypeSymbol attribute) => Find(symbol, attribute) is not null;

        public AttributeData? Find(ISymbol symbol, INamedTypeSymbol attribute) =>
            symbol.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));

        /// <summary>Looks in the assemblies that can hold generated code: those that reference the runtime, and this one.</summary>
        private bool HasQueryTypes(Compilation compilation)
        {
            var runtime = QueryAttribute.ContainingAssembly.Identity.Name;
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (assembly.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == runtime)) && HasQueryTypes(assembly.GlobalNamespace))
                {
                    return true;
                }
            }

            return HasQueryTypes(compilation.Assembly.GlobalNamespace);
        }

        private bool HasQueryTypes(INamespaceSymbol ns)
        {
            foreach (var member in ns.GetMembers())
            {
                if (member is INamespaceSymbol child ? HasQueryTypes(child) : member is INamedTypeSymbol { TypeKind: TypeKind.Class } type && Has(type, QueryAttribute))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
