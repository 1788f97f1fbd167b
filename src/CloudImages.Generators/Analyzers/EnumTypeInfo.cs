using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>A generated open enumeration: its documented wire values and the members that hold them.</summary>
    internal sealed class EnumTypeInfo
    {
        private readonly Dictionary<string, string> _memberByValue;
        private readonly Dictionary<string, string> _valueByMember;

        private EnumTypeInfo(INamedTypeSymbol type, List<string> values, Dictionary<string, string> memberByValue, Dictionary<string, string> valueByMember)
        {
            Type = type;
            Values = values;
            _memberByValue = memberByValue;
            _valueByMember = valueByMember;
        }

        public INamedTypeSymbol Type { get; }

        /// <summary>The documented wire values, in documented order.</summary>
        public IReadOnlyList<string> Values { get; }

        public static EnumTypeInfo? Create(ApiSymbols symbols, INamedTypeSymbol type)
        {
            if (!symbols.Has(type, symbols.EnumAttribute))
            {
                return null;
            }

            var values = new List<string>();
            var memberByValue = new Dictionary<string, string>();
            var valueByMember = new Dictionary<string, string>();
            foreach (var member in type.GetMembers())
            {
                if (member is { IsStatic: true, Kind: SymbolKind.Property or SymbolKind.Field }
                    && symbols.Find(member, symbols.EnumValueAttribute) is { ConstructorArguments: { Length: 1 } arguments }
                    && arguments[0].Value is string value)
                {
                    values.Add(value);
                    memberByValue[value] = member.Name;
                    valueByMember[member.Name] = value;
                }
            }

            return new EnumTypeInfo(type, values, memberByValue, valueByMember);
        }

        public bool IsDocumented(string value) => _memberByValue.ContainsKey(value);

        /// <summary>The static member that holds a documented value.</summary>
        public string? MemberOf(string value) => _memberByValue.TryGetValue(value, out var member) ? member : null;

        /// <summary>C# text for the member that holds a documented value, as it reads at <paramref name="position"/>: <c>Platform.Ubuntu</c>.</summary>
        public string? MemberExpression(string value, SemanticModel model, int position) =>
            MemberOf(value) is { } member ? Type.ToMinimalDisplayString(model, position) + "." + member : null;

        /// <summary>The wire value of a documented member.</summary>
        public string? ValueOf(ISymbol member) => _valueByMember.TryGetValue(member.Name, out var value) ? value : null;
    }
}
