using System.Collections.Immutable;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>One query property: its wire name, how its value is written, and the rules about it.</summary>
    internal sealed class QueryParameter
    {
        private QueryParameter(IPropertySymbol property, string wireName, ApiParameterKind kind, ImmutableArray<ApiRule> rules)
        {
            Property = property;
            WireName = wireName;
            Kind = kind;
            Rules = rules;
        }

        public IPropertySymbol Property { get; }

        public string WireName { get; }

        public ApiParameterKind Kind { get; }

        /// <summary>The rules whose parameter this is.</summary>
        public ImmutableArray<ApiRule> Rules { get; }

        public static QueryParameter? Create(ApiSymbols symbols, IPropertySymbol property)
        {
            if (symbols.Find(property, symbols.ParameterAttribute) is not { ConstructorArguments: { Length: 2 } arguments }
                || arguments[0].Value is not string wireName
                || arguments[1].Value is not int kind)
            {
                return null;
            }

            var rules = ImmutableArray.CreateBuilder<ApiRule>();
            foreach (var attribute in property.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.RuleAttribute) && RuleAttribute.Read(attribute) is { } rule)
                {
                    rules.Add(rule);
                }
            }

            return new QueryParameter(property, wireName, (ApiParameterKind)kind, rules.ToImmutable());
        }
    }
}
