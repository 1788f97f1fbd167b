using System.Collections.Generic;
using System.Collections.Immutable;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>A generated query type as its attributes describe it: its parameters and the operation's rules.</summary>
    internal sealed class QueryTypeInfo
    {
        private QueryTypeInfo(Dictionary<IPropertySymbol, QueryParameter> byProperty, Dictionary<string, QueryParameter> byWireName, ImmutableArray<ApiRule> rules)
        {
            ByProperty = byProperty;
            ByWireName = byWireName;
            Rules = rules;
        }

        public Dictionary<IPropertySymbol, QueryParameter> ByProperty { get; }

        public Dictionary<string, QueryParameter> ByWireName { get; }

        /// <summary>Every rule of the operation; each one sits on the property of its parameter.</summary>
        public ImmutableArray<ApiRule> Rules { get; }

        public static QueryTypeInfo? Create(ApiSymbols symbols, INamedTypeSymbol type)
        {
            if (!symbols.Has(type, symbols.QueryAttribute))
            {
                return null;
            }

            var byProperty = new Dictionary<IPropertySymbol, QueryParameter>(SymbolEqualityComparer.Default);
            var byWireName = new Dictionary<string, QueryParameter>();
            var rules = ImmutableArray.CreateBuilder<ApiRule>();
            foreach (var member in type.GetMembers())
            {
                if (member is not IPropertySymbol property || QueryParameter.Create(symbols, property) is not { } parameter)
                {
                    continue;
                }

                byProperty[property] = parameter;
                byWireName[parameter.WireName] = parameter;
                rules.AddRange(parameter.Rules);
            }

            return new QueryTypeInfo(byProperty, byWireName, rules.ToImmutable());
        }
    }
}
