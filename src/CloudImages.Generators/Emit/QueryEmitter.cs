using System.Globalization;
using System.Linq;
using CloudImages.Generators.Text;
using CloudImages.Generators.Model;
using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Emit
{
    /// <summary>Emits an operation's query model: a record with one property per parameter, its rules as metadata
    /// and data, Validate(), and a reflection-free, allocation-lean query string writer.</summary>
    internal static class QueryEmitter
    {
        public static string Emit(ApiSpec spec, OperationSpec operation, string specFileName)
        {
            var writer = FileHeader.Start(specFileName, spec.Namespace);
            DocComment.Summary(writer, null, $"The parameters of {operation.Name} ({operation.Method} {operation.Path}).");
            DocComment.Remarks(writer, new[]
            {
                operation.Description,
                "Only the properties you set are sent, in the documented order, percent-encoded (RFC 3986). "
                + "Validate() checks the documented rules; the client runs it before sending, and the analyzers run the same rules as you type.",
            });
            writer.Line($"[{TypeNames.Metadata}.ApiQuery({Literal.String(operation.Name)})]");
            writer.Line(TypeNames.GeneratedCode);
            using (writer.Block($"public sealed partial record {operation.QueryTypeName} : {TypeNames.Runtime}.IApiQuery"))
            {
                EmitRuleTable(writer, operation);
                foreach (var parameter in operation.Parameters)
                {
                    EmitProperty(writer, operation, parameter);
                }

                writer.Line($"string {TypeNames.Runtime}.IApiQuery.OperationName => {Literal.String(operation.Name)};");
                writer.Line();
                writer.Line($"global::System.Collections.Generic.IReadOnlyList<{TypeNames.Runtime}.ApiRule>");
                writer.Line($"    {TypeNames.Runtime}.IApiQuery.Rules => {GeneratedNames.RuleTable};");
                writer.Line();
                writer.Line("/// <summary>Checks the documented rules, as the client does before sending.</summary>");
                writer.Line("/// <returns>Every violation, of every severity; empty when there is none.</returns>");
                writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{TypeNames.Runtime}.RuleViolation>");
                writer.Line($"    {GeneratedNames.Validate}() => {TypeNames.Runtime}.ApiRules.Validate(this);");
                writer.Line();
                EmitToQueryString(writer);
                EmitBuildRequestUri(writer, operation);
                EmitAppendQuery(writer, operation);
                EmitGetWireValue(writer, operation);
            }

            return FileHeader.End(writer);
        }

        private static void EmitRuleTable(SourceWriter writer, OperationSpec operation)
        {
            writer.Line($"private static readonly {TypeNames.Runtime}.ApiRule[] {GeneratedNames.RuleTable} =");
            writer.Line("{");
            writer.Indent();
            foreach (var rule in operation.Rules)
            {
                RuleEmitter.Instance(writer, rule);
            }

            writer.Outdent();
            writer.Line("};");
            writer.Line();
        }

        private static void EmitProperty(SourceWriter writer, OperationSpec operation, ParameterSpec parameter)
        {
            var rules = operation.Rules.Where(r => r.Parameter == parameter.WireName).ToList();
            DocComment.Summary(writer, parameter.Description, parameter.WireName + ".");
            DocComment.Remarks(writer, new[] { parameter.Remarks, Wire(parameter) }.Concat(rules.Select(RuleEmitter.Describe)));
            writer.Call($"[{TypeNames.Metadata}.ApiParameter", new[] { Literal.String(parameter.WireName), TypeNames.ParameterKind(parameter.Type) }, "]");
            foreach (var rule in rules)
            {
                RuleEmitter.Attribute(writer, rule);
            }

            var type = parameter.Location == ParameterLocation.Path ? "required " + parameter.Type.Name : parameter.Type.NullableName;
            writer.Line($"public {type}", $"{parameter.PropertyName} {{ get; set; }}");
            writer.Line();
        }

        private static string Wire(ParameterSpec parameter)
        {
            var text = parameter.Location == ParameterLocation.Path
                ? $"Path parameter {{{parameter.WireName}}}; required."
                : $"Query parameter {parameter.WireName}; sent only when set.";
            if (parameter.Type.Kind == ApiParameterKind.Flag)
            {
                text += " A flag: true sends " + parameter.WireName + "=true; false and null send nothing.";
            }

            if (parameter.DefaultValue is not null)
            {
                text += " The service's default is " + parameter.DefaultValue + ".";
            }

            if (parameter.Minimum is not null || parameter.Maximum is not null)
            {
                text += " Range: " + Bound(parameter.Minimum, "no minimum") + " to " + Bound(parameter.Maximum, "no maximum") + ".";
            }

            return text;

            static string Bound(double? value, string none) => value?.ToString("R", CultureInfo.InvariantCulture) ?? none;
        }

        private static void EmitToQueryString(SourceWriter writer) =>
            EmitBuilderMethod(
                writer,
                "The query string: ?name=value&... with the set parameters only; empty when none is set.",
                GeneratedNames.ToQueryString,
                () => { });

        private static void EmitBuildRequestUri(SourceWriter writer, OperationSpec operation) =>
            EmitBuilderMethod(writer, "The request path and query, relative to the service endpoint.", GeneratedNames.BuildRequestUri, () =>
            {
                var first = true;
                foreach (var segment in operation.PathSegments)
                {
                    if (segment.ParameterProperty is null)
                    {
                        // Relative to the endpoint, so that an endpoint with a base path keeps it.
                        var text = first ? segment.Text.TrimStart('/') : segment.Text;
                        if (text.Length > 0)
                        {
                            writer.Line($"builder.AppendLiteral({Literal.String(text)});");
                        }
                    }
                    else
                    {
                        var parameter = operation.Parameters.First(p => p.PropertyName == segment.ParameterProperty);
                        writer.Call("builder.AppendPathValue", new[] { "this", Literal.String(parameter.WireName), WireText(parameter) }, ";");
                    }

                    first = false;
                }
            });

        /// <summary>A method that writes into a stack-backed builder: <paramref name="prefix"/> first, then the query.</summary>
        private static void EmitBuilderMethod(SourceWriter writer, string summary, string name, System.Action prefix)
        {
            DocComment.Summary(writer, summary, summary);
            using (writer.Block($"public string {name}()"))
            {
                writer.Line($"var builder = new {TypeNames.Runtime}.QueryStringBuilder(stackalloc char[256]);");
                using (writer.Block("try"))
                {
                    prefix();
                    writer.Line($"{GeneratedNames.AppendQuery}(ref builder);");
                    writer.Line("return builder.ToString();");
                }

                using (writer.Block("finally"))
                {
                    writer.Line("builder.Dispose();");
                }
            }

            writer.Line();
        }

        /// <summary>The query's parameters, in documented order; each runtime Append overload sends nothing for null.</summary>
        private static void EmitAppendQuery(SourceWriter writer, OperationSpec operation)
        {
            using (writer.Block($"private void {GeneratedNames.AppendQuery}(ref {TypeNames.Runtime}.QueryStringBuilder builder)"))
            {
                foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Query))
                {
                    var append = parameter.Type.Info.AppendMethod;
                    writer.Call($"builder.{append}", new[] { Literal.String(parameter.WireName), parameter.PropertyName }, ";");
                }
            }

            writer.Line();
        }

        /// <summary>The text each parameter sends, for the rules: the runtime's WireText, whose layouts the builder uses.</summary>
        private static void EmitGetWireValue(SourceWriter writer, OperationSpec operation)
        {
            writer.Line($"string? {TypeNames.Runtime}.IApiQuery.GetWireValue(string wireName) => wireName switch");
            writer.Line("{");
            writer.Indent();
            foreach (var parameter in operation.Parameters)
            {
                var arm = $"{Literal.String(parameter.WireName)} => {WireText(parameter)},";
                if (arm.Length <= writer.Available)
                {
                    writer.Line(arm);
                }
                else
                {
                    writer.Line($"{Literal.String(parameter.WireName)} =>");
                    writer.Line($"    {WireText(parameter)},");
                }
            }

            writer.Line("_ => null,");
            writer.Outdent();
            writer.Line("};");
        }

        private static string WireText(ParameterSpec parameter) =>
            $"{TypeNames.Runtime}.WireText.{parameter.Type.Info.WireTextMethod}({parameter.PropertyName})";
    }
}
