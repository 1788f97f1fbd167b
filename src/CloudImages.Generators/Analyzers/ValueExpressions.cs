using System.Globalization;
using System.Linq;
using CloudImages.Generators.Text;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>C# text for a wire value of a query property, for the code fixes to write.</summary>
    internal static class ValueExpressions
    {
        /// <summary>The expression, or null when the wire value has no plain C# form for the property.</summary>
        public static string? For(QueryParameter parameter, string wire, ApiSymbols symbols, SemanticModel model, int position)
        {
            switch (parameter.Kind)
            {
                case ApiParameterKind.Flag:
                case ApiParameterKind.Boolean:
                    return wire is "true" or "false" ? wire : null;
                case ApiParameterKind.Integer:
                case ApiParameterKind.Long:
                    return long.TryParse(wire, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? wire : null;
                case ApiParameterKind.Number:
                    return double.TryParse(wire, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? wire : null;
                case ApiParameterKind.Enum:
                    // An undocumented value still converts from its text.
                    return symbols.Enum(parameter.Property.Type)?.MemberExpression(wire, model, position) ?? Literal.String(wire);
                case ApiParameterKind.String:
                case ApiParameterKind.TimeFilter:
                case ApiParameterKind.KeyValue:
                    return Literal.String(wire);
                default:
                    return null;
            }
        }

        /// <summary>A value that sets the property, for the user to replace: <c>""</c>, <c>0</c>, <c>true</c>, the
        /// first documented member of an enum. Null when the type has no short form that compiles for certain.</summary>
        public static string? Placeholder(QueryParameter parameter, ApiSymbols symbols, SemanticModel model, int position)
        {
            var type = parameter.Property.Type;
            switch (parameter.Kind)
            {
                case ApiParameterKind.Flag:
                case ApiParameterKind.Boolean:
                    return "true";
                case ApiParameterKind.Integer:
                case ApiParameterKind.Long:
                case ApiParameterKind.Number:
                    return "0";
                case ApiParameterKind.Enum:
                    return symbols.Enum(type) is { Values.Count: > 0 } known ? known.MemberExpression(known.Values[0], model, position) : null;
                case ApiParameterKind.String:
                case ApiParameterKind.TimeFilter:
                case ApiParameterKind.KeyValue:
                    return Literal.String(string.Empty);
                case ApiParameterKind.DateTime:
                    return Underlying(type).ToMinimalDisplayString(model, position) + ".UtcNow";
                case ApiParameterKind.Array:
                    // A collection expression fits an array and every collection type a body member is generated as.
                    return model.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp12 } ? "[]" : null;
                case ApiParameterKind.Object:
                    return Underlying(type) is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } named
                        && !HasRequiredMembers(named)
                        && named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && model.IsAccessible(position, c))
                        ? "new()"
                        : null;
                default:
                    return null;
            }
        }

        /// <summary>True when <c>new()</c> alone does not compile: the type or a base has a <c>required</c> member.</summary>
        private static bool HasRequiredMembers(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (current.GetMembers().Any(m => m is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true }))
                {
                    return true;
                }
            }

            return false;
        }

        private static ITypeSymbol Underlying(ITypeSymbol type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
    }
}
