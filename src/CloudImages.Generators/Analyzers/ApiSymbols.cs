using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>The runtime's metadata attributes in one compilation, and the query and enum models read from them.
    /// Everything the analyzers know about an API comes from these attributes on the generated types, so the
    /// analyzers work wherever those types are visible, also from another assembly, and never read a spec.</summary>
    internal sealed class ApiSymbols
    {
        private const string MetadataNamespace = "CloudImages.Runtime.Metadata.";

        private static readonly ConditionalWeakTable<Compilation, StrongBox<ApiSymbols?>> s_byCompilation = new();
        private static readonly ConditionalWeakTable<Compilation, StrongBox<ApiSymbols?>>.CreateValueCallback s_create =
            compilation => new StrongBox<ApiSymbols?>(Create(compilation));

        private readonly ConcurrentDictionary<ITypeSymbol, QueryTypeInfo?> _queries = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, EnumTypeInfo?> _enums = new(SymbolEqualityComparer.Default);

        // Made once: the lookups run for every property assignment of a compilation.
        private readonly Func<ITypeSymbol, QueryTypeInfo?> _createQuery;
        private readonly Func<ITypeSymbol, EnumTypeInfo?> _createEnum;

        private ApiSymbols(INamedTypeSymbol query, INamedTypeSymbol parameter, INamedTypeSymbol rule, INamedTypeSymbol apiEnum, INamedTypeSymbol enumValue)
        {
            QueryAttribute = query;
            ParameterAttribute = parameter;
            RuleAttribute = rule;
            EnumAttribute = apiEnum;
            EnumValueAttribute = enumValue;
            _createQuery = type => QueryTypeInfo.Create(this, (INamedTypeSymbol)type);
            _createEnum = type => EnumTypeInfo.Create(this, (INamedTypeSymbol)type);
        }

        public INamedTypeSymbol QueryAttribute { get; }

        public INamedTypeSymbol ParameterAttribute { get; }

        public INamedTypeSymbol RuleAttribute { get; }

        public INamedTypeSymbol EnumAttribute { get; }

        public INamedTypeSymbol EnumValueAttribute { get; }

        /// <summary>The symbols of a compilation, or null when it does not reference the runtime's metadata
        /// attributes: then the analyzers register nothing. Made once per compilation and shared by all analyzers
        /// (with the models they read), and only by name lookups, which never walk the compilation's types.</summary>
        public static ApiSymbols? For(Compilation compilation) => s_byCompilation.GetValue(compilation, s_create).Value;

        private static ApiSymbols? Create(Compilation compilation) =>
            compilation.GetTypeByMetadataName(MetadataNamespace + "ApiQueryAttribute") is { } query
            && compilation.GetTypeByMetadataName(MetadataNamespace + "ApiParameterAttribute") is { } parameter
            && compilation.GetTypeByMetadataName(MetadataNamespace + "ApiRuleAttribute") is { } rule
            && compilation.GetTypeByMetadataName(MetadataNamespace + "ApiEnumAttribute") is { } apiEnum
            && compilation.GetTypeByMetadataName(MetadataNamespace + "ApiEnumValueAttribute") is { } enumValue
                ? new ApiSymbols(query, parameter, rule, apiEnum, enumValue)
                : null;

        /// <summary>The model of a generated query type, or null for any other type.</summary>
        public QueryTypeInfo? Query(ITypeSymbol? type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Class } named ? _queries.GetOrAdd(named, _createQuery) : null;

        /// <summary>The parameter a property of a generated query type stands for.</summary>
        public QueryParameter? Parameter(IPropertySymbol property) =>
            Query(property.ContainingType) is { } model && model.ByProperty.TryGetValue(property.OriginalDefinition, out var parameter) ? parameter : null;

        /// <summary>The model of a generated open enumeration (or of a nullable one), or null for any other type.</summary>
        public EnumTypeInfo? Enum(ITypeSymbol? type)
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
    }
}
