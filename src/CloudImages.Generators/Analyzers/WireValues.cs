using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>What an assigned value sends on the wire, as far as the compiler can tell. The text is the one the
    /// generated GetWireValue writes, so the shared RuleLogic judges it as Validate() would at run time.</summary>
    internal static class WireValues
    {
        public static WireValue Of(IOperation value, QueryParameter parameter, ApiSymbols symbols)
        {
            var operation = value;
            while (true)
            {
                if (operation.ConstantValue.HasValue)
                {
                    return Constant(operation.ConstantValue.Value, parameter.Kind);
                }

                if (operation is not IConversionOperation conversion)
                {
                    break;
                }

                if (conversion.Conversion.IsUserDefined)
                {
                    // Open enums and the filter types keep the text they are converted from, as it is.
                    return conversion.Operand.ConstantValue is { HasValue: true, Value: string text } && KeepsText(parameter.Kind)
                        ? WireValue.Of(text)
                        : NotConstant(conversion.Type, parameter.Kind);
                }

                operation = conversion.Operand;
            }

            return operation switch
            {
                IDefaultValueOperation => IsNullable(operation.Type) ? WireValue.Unset : WireValue.Unknown,
                IPropertyReferenceOperation { Property.IsStatic: true } member when symbols.Enum(member.Type)?.ValueOf(member.Property) is { } wire => WireValue.Of(wire),
                IFieldReferenceOperation { Field.IsStatic: true } member when symbols.Enum(member.Type)?.ValueOf(member.Field) is { } wire => WireValue.Of(wire),
                IObjectCreationOperation creation when symbols.Enum(creation.Type) is not null && ConstantText(creation) is { } text => WireValue.Of(text),

                // A new object, array or collection is never null: a body member given one is certainly sent. Roslyn
                // 4.8 has no operation for a collection expression, so its syntax tells.
                IObjectCreationOperation or IArrayCreationOperation => WireValue.SetToUnknown,
                { Syntax: Microsoft.CodeAnalysis.CSharp.Syntax.CollectionExpressionSyntax } => WireValue.SetToUnknown,
                _ => NotConstant(operation.Type, parameter.Kind),
            };
        }

        /// <summary>The constant text an open enum is created from: <c>new Platform("Ubuntu")</c>.</summary>
        public static string? ConstantText(IObjectCreationOperation creation) =>
            creation.Arguments.Length == 1 && creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string text } ? text : null;

        private static bool KeepsText(ApiParameterKind kind) => kind is ApiParameterKind.Enum or ApiParameterKind.TimeFilter or ApiParameterKind.KeyValue;

        private static WireValue Constant(object? value, ApiParameterKind kind) =>
            WireText.TryOfConstant(value, kind, out var text) ? WireValue.Of(text) : WireValue.Unknown;

        /// <summary>A value the compiler cannot read: still certainly set when it is of a non-nullable value type,
        /// except for a flag, which sends nothing when the value turns out false.</summary>
        private static WireValue NotConstant(ITypeSymbol? type, ApiParameterKind kind) =>
            kind != ApiParameterKind.Flag && type is { IsValueType: true } && !IsNullable(type) ? WireValue.SetToUnknown : WireValue.Unknown;

        private static bool IsNullable(ITypeSymbol? type) =>
            type is null || type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
    }
}
