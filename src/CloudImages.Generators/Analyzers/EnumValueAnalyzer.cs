using System.Collections.Immutable;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>CIMG0004: constant text that becomes a generated open enum (<c>Platform = "Ubunt"</c> or
    /// <c>new Platform("Ubunt")</c>) but is not one of its documented values. Open enums accept any value, so this is
    /// a warning with a "did you mean".</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EnumValueAnalyzer : ApiAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UndocumentedEnumValue);

        private protected override void Register(CompilationStartAnalysisContext context, ApiSymbols symbols)
        {
            context.RegisterOperationAction(c => AnalyzeConversion(c, symbols), OperationKind.Conversion);
            context.RegisterOperationAction(c => AnalyzeCreation(c, symbols), OperationKind.ObjectCreation);
        }

        private static void AnalyzeConversion(OperationAnalysisContext context, ApiSymbols symbols)
        {
            var conversion = (IConversionOperation)context.Operation;
            if (conversion.Conversion.IsUserDefined
                && conversion.Operand.ConstantValue is { HasValue: true, Value: string text }
                && symbols.Enum(conversion.Type) is { } model)
            {
                Check(context, symbols, conversion, model, text);
            }
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, ApiSymbols symbols)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (WireValues.ConstantText(creation) is { } text && symbols.Enum(creation.Type) is { } model)
            {
                Check(context, symbols, creation, model, text);
            }
        }

        private static void Check(OperationAnalysisContext context, ApiSymbols symbols, IOperation value, EnumTypeInfo model, string text)
        {
            if (model.IsDocumented(text))
            {
                return;
            }

            // On the assignment when the value is assigned to a query property, so it reads like the other rules.
            var assignment = AssignmentOf(value);
            var parameter = assignment?.Target is IPropertyReferenceOperation target ? symbols.Parameter(target.Property) : null;
            var suggestion = Suggestions.Closest(text, model.Values);
            var member = suggestion is null ? null : model.MemberExpression(suggestion, value.SemanticModel!, value.Syntax.SpanStart);
            var hint = suggestion is null
                ? "The documented values are " + string.Join(", ", model.Values) + "."
                : $"Did you mean '{suggestion}' ({member})?";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UndocumentedEnumValue,
                (assignment ?? value).Syntax.GetLocation(),
                RuleDiagnostics.Properties((FixProperties.Value, member)),
                text,
                parameter?.WireName ?? model.Type.Name,
                hint));
        }

        /// <summary>The assignment whose value this is, looking through the conversions to a nullable property type.</summary>
        private static ISimpleAssignmentOperation? AssignmentOf(IOperation value)
        {
            var current = value;
            while (current.Parent is IConversionOperation conversion)
            {
                current = conversion;
            }

            return current.Parent is ISimpleAssignmentOperation assignment && assignment.Value == current ? assignment : null;
        }
    }
}
