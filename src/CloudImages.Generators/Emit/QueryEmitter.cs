using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Emit
{
    /// <summary>Emits an operation's query model: a record with one property per parameter, its rules as metadata
    /// and data, Validate(), and a reflection-free, allocation-lean query string writer.</summary>
    internal static class QueryEmitter
    {
        private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
        private const string UtcLayout = "\"yyyy-MM-dd'T'HH:mm:ss'Z'\"";

        public static string Emit(ApiSpec spec, OperationSpec operation, string specFileName)
        {
            var ns = spec.Namespace;
            var writer = FileHeader.Start(specFileName, ns);
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
                    EmitProperty(writer, ns, operation, parameter);
                }

                writer.Line($"string {TypeNames.Runtime}.IApiQuery.OperationName => {Literal.String(operation.Name)};");
                writer.Line();
                writer.Line($"global::System.Collections.Generic.IReadOnlyList<{TypeNames.Runtime}.ApiRule> {TypeNames.Runtime}.IApiQuery.Rules => s_rules;");
                writer.Line();
                writer.Line("/// <summary>Checks the documented rules, as the client does before sending.</summary>");
                writer.Line("/// <returns>Every violation, of every severity; empty when there is none.</returns>");
                writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{TypeNames.Runtime}.RuleViolation> Validate() => {TypeNames.Runtime}.ApiRules.Validate(this);");
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
            writer.Line($"private static readonly {TypeNames.Runtime}.ApiRule[] s_rules = new {TypeNames.Runtime}.ApiRule[]");
            writer.Line("{");
            foreach (var rule in operation.Rules)
            {
                writer.Line("    " + RuleEmitter.Instance(rule) + ",");
            }

            writer.Line("};");
            writer.Line();
        }

        private static void EmitProperty(SourceWriter writer, string ns, OperationSpec operation, ParameterSpec parameter)
        {
            var rules = operation.Rules.Where(r => r.Parameter == parameter.WireName).ToList();
            DocComment.Summary(writer, parameter.Description, parameter.WireName + ".");
            DocComment.Remarks(writer, new[] { parameter.Remarks, Wire(parameter) }.Concat(rules.Select(RuleEmitter.Describe)));
            writer.Line($"[{TypeNames.Metadata}.ApiParameter({Literal.String(parameter.WireName)}, {TypeNames.ParameterKind(parameter.Type)})]");
            foreach (var rule in rules)
            {
                writer.Line(RuleEmitter.Attribute(rule));
            }

            var declaration = parameter.Location == ParameterLocation.Path
                ? $"public required {TypeNames.Of(parameter.Type, ns)} {parameter.PropertyName} {{ get; set; }}"
                : $"public {TypeNames.Nullable(parameter.Type, ns)} {parameter.PropertyName} {{ get; set; }}";
            writer.Line(declaration);
            writer.Line();
        }

        private static string Wire(ParameterSpec parameter)
        {
            var text = parameter.Location == ParameterLocation.Path
                ? $"Path parameter {{{parameter.WireName}}}; required."
                : $"Query parameter {parameter.WireName}; sent only when set.";
            if (parameter.Type.Kind == TypeKind.Flag)
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
                new[] { "<summary>The query string: ?name=value&amp;... with the set parameters only; empty when none is set.</summary>" },
                "string ToQueryString()",
                () => { },
                "builder.ToString()");

        private static void EmitBuildRequestUri(SourceWriter writer, OperationSpec operation)
        {
            EmitBuilderMethod(writer, new[] { "<summary>The request path and query, relative to the service endpoint.</summary>" }, "string BuildRequestUri()",
                () => EmitPath(writer, operation), "builder.ToString()");

            // The client's URI: endpoint, path and query written once into one buffer, and parsed once.
            EmitBuilderMethod(
                writer,
                new[]
                {
                    "<summary>The absolute request URI: <paramref name=\"endpoint\"/> (its path kept), then the path and query.</summary>",
                    "<param name=\"endpoint\">The service endpoint, an absolute URI.</param>",
                    "<returns>The URI the client requests.</returns>",
                },
                "global::System.Uri BuildRequestUri(global::System.Uri endpoint)",
                () =>
                {
                    writer.Line($"builder.AppendLiteral({TypeNames.Runtime}.ApiTransport.EndpointText(endpoint));");
                    EmitPath(writer, operation);
                },
                "new global::System.Uri(builder.ToString(), global::System.UriKind.Absolute)",
                512);
        }

        private static void EmitPath(SourceWriter writer, OperationSpec operation)
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
                    writer.Line($"builder.AppendPathValue(this, {Literal.String(parameter.WireName)}, {PathText(parameter)});");
                }

                first = false;
            }
        }

        /// <summary>A method that writes into a stack-backed builder: <paramref name="prefix"/> first, then the query,
        /// and returns <paramref name="result"/>.</summary>
        private static void EmitBuilderMethod(SourceWriter writer, string[] doc, string signature, System.Action prefix, string result, int stackChars = 256)
        {
            foreach (var line in doc)
            {
                writer.Line("/// " + line);
            }

            using (writer.Block($"public {signature}"))
            {
                writer.Line($"var builder = new {TypeNames.Runtime}.QueryStringBuilder(stackalloc char[{stackChars}]);");
                using (writer.Block("try"))
                {
                    prefix();
                    writer.Line("AppendQuery(ref builder);");
                    writer.Line($"return {result};");
                }

                using (writer.Block("finally"))
                {
                    writer.Line("builder.Dispose();");
                }
            }

            writer.Line();
        }

        private static string PathText(ParameterSpec parameter) => parameter.Type.Kind switch
        {
            TypeKind.String => parameter.PropertyName,
            TypeKind.Enum => parameter.PropertyName + ".Value",
            _ => $"{parameter.PropertyName}.ToString({Invariant})",
        };

        private static void EmitAppendQuery(SourceWriter writer, OperationSpec operation)
        {
            using (writer.Block($"private void AppendQuery(ref {TypeNames.Runtime}.QueryStringBuilder builder)"))
            {
                foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Query))
                {
                    var name = Literal.String(parameter.WireName);
                    var property = parameter.PropertyName;
                    switch (parameter.Type.Kind)
                    {
                        case TypeKind.Flag:
                            using (writer.Block($"if ({property} == true)"))
                            {
                                writer.Line($"builder.Append({name}, \"true\");");
                            }

                            break;
                        case TypeKind.String:
                            using (writer.Block($"if ({property} is not null)"))
                            {
                                writer.Line($"builder.Append({name}, {property});");
                            }

                            break;
                        default:
                            var value = parameter.Type.Kind == TypeKind.Enum ? $"{property}.GetValueOrDefault().Value" : $"{property}.GetValueOrDefault()";
                            using (writer.Block($"if ({property}.HasValue)"))
                            {
                                writer.Line($"builder.Append({name}, {value});");
                            }

                            break;
                    }

                    writer.Line();
                }
            }

            writer.Line();
        }

        private static void EmitGetWireValue(SourceWriter writer, OperationSpec operation)
        {
            using (writer.Block($"string? {TypeNames.Runtime}.IApiQuery.GetWireValue(string wireName)"))
            {
                using (writer.Block("switch (wireName)"))
                {
                    foreach (var parameter in operation.Parameters)
                    {
                        writer.Line($"case {Literal.String(parameter.WireName)}:");
                        writer.Line("    return " + WireText(parameter) + ";");
                    }

                    writer.Line("default:");
                    writer.Line("    return null;");
                }
            }
        }

        /// <summary>The text sent for a parameter, or null when nothing is sent; the same as AppendQuery writes before encoding.</summary>
        private static string WireText(ParameterSpec parameter)
        {
            var p = parameter.PropertyName;
            if (parameter.Location == ParameterLocation.Path)
            {
                return PathText(parameter);
            }

            return parameter.Type.Kind switch
            {
                TypeKind.Flag => $"{p} == true ? \"true\" : null",
                TypeKind.Boolean => $"{p} is null ? null : {p}.GetValueOrDefault() ? \"true\" : \"false\"",
                TypeKind.String => p,
                TypeKind.Enum => $"{p}?.Value",
                TypeKind.Integer or TypeKind.Long => $"{p}?.ToString({Invariant})",
                TypeKind.Number => $"{p}?.ToString(\"R\", {Invariant})",
                TypeKind.DateTime => $"{p}?.UtcDateTime.ToString({UtcLayout}, {Invariant})",
                _ => $"{p}?.ToString()",
            };
        }
    }
}
