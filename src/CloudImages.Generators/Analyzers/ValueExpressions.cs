using System.Globalization;
using CloudImages.Generators.Text;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;

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
    }
}
