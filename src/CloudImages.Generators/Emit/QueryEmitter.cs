using System.Globalization;
using System.Linq;
using CloudImages.Generators.Text;
using CloudImages.Generators.Model;
using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Emit
{
    /// <summary>Emits an operation's request model: a record with one property per parameter and body member, its
    /// rules as metadata and data, Validate(), and a reflection-free, allocation-lean query string writer; and the
    /// nested request objects of bodies, which carry their own rules.</summary>
    internal static class QueryEmitter
    {
        public static string Emit(ApiSpec spec, OperationSpec operation, string specFileName)
        {
            var writer = FileHeader.Start(specFileName, spec.Namespace);
            var what = operation.Body is null ? "parameters" : "request";
            DocComment.Summary(writer, null, $"The {what} of {operation.Name} ({operation.Method} {operation.Path}).");
            DocComment.Remarks(writer, new[]
            {
                operation.Description,
                (operation.Body is null ? "" : "Path and query parameters go into the URI, body members into the " + operation.Body.MediaType + " body. ")
                + "Only the properties you set are sent, in the documented order, percent-encoded (RFC 3986). "
                + "Validate() checks the documented rules; the client runs it before sending, and the analyzers run the same rules as you type.",
            });
            var nested = NestedMembers(operation.Parameters).ToList();
            EmitHeader(writer, operation.Name, operation.QueryTypeName, nested.Count > 0);
            using (writer.Block(""))
            {
                EmitRuleTable(writer, operation.Rules);
                foreach (var parameter in operation.Parameters)
                {
                    EmitProperty(writer, operation.Rules, parameter);
                }

                EmitBodyProperty(writer, spec, operation);
                EmitQueryMembers(writer, operation.Name);
                EmitToQueryString(writer);
                EmitBuildRequestUri(writer, operation);
                EmitAppendQuery(writer, operation);
                EmitGetWireValue(writer, operation.Parameters);
                EmitNestedObjects(writer, nested);
            }

            return FileHeader.End(writer);
        }

        /// <summary>A nested request object: its members, rules and Validate(), as an operation's request has them.</summary>
        public static string Emit(ApiSpec spec, RequestSchemaSpec schema, string specFileName)
        {
            var writer = FileHeader.Start(specFileName, spec.Namespace);
            DocComment.Summary(writer, schema.Description, $"A {schema.TypeName} object of a request body.");
            DocComment.Remarks(writer, new[]
            {
                $"Only the properties you set are written. Validate() checks the documented rules; the client runs it before sending "
                + $"(as part of the request that holds this object), and the analyzers run the same rules as you type.",
            });
            var nested = NestedMembers(schema.Members).ToList();
            EmitHeader(writer, schema.TypeName, schema.TypeName, nested.Count > 0);
            using (writer.Block(""))
            {
                EmitRuleTable(writer, schema.Rules);
                foreach (var member in schema.Members)
                {
                    EmitProperty(writer, schema.Rules, member);
                }

                EmitQueryMembers(writer, schema.TypeName);
                EmitGetWireValue(writer, schema.Members);
                EmitNestedObjects(writer, nested);
            }

            return FileHeader.End(writer);
        }

        private static void EmitHeader(SourceWriter writer, string name, string typeName, bool hasNested)
        {
            writer.Line($"[{TypeNames.Metadata}.ApiQuery({Literal.String(name)})]");
            writer.Line(TypeNames.GeneratedCode);
            writer.Line($"public sealed partial record {typeName} : {TypeNames.Runtime}.IApiQuery" + (hasNested ? "," : ""));
            if (hasNested)
            {
                writer.Line($"    {TypeNames.Runtime}.IApiNestedObjects");
            }
        }

        private static void EmitQueryMembers(SourceWriter writer, string name)
        {
            writer.Line($"string {TypeNames.Runtime}.IApiQuery.OperationName => {Literal.String(name)};");
            writer.Line();
            writer.Line($"global::System.Collections.Generic.IReadOnlyList<{TypeNames.Runtime}.ApiRule>");
            writer.Line($"    {TypeNames.Runtime}.IApiQuery.Rules => {GeneratedNames.RuleTable};");
            writer.Line();
            writer.Line("/// <summary>Checks the documented rules, as the client does before sending.</summary>");
            writer.Line("/// <returns>Every violation, of every severity; empty when there is none.</returns>");
            writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{TypeNames.Runtime}.RuleViolation>");
            writer.Line($"    {GeneratedNames.Validate}() => {TypeNames.Runtime}.ApiRules.Validate(this);");
            writer.Line();
        }

        /// <summary>The JSON Patch document or the byte stream of an operation whose body is not a JSON object.</summary>
        private static void EmitBodyProperty(SourceWriter writer, ApiSpec spec, OperationSpec operation)
        {
            switch (operation.Body)
            {
                case { Kind: BodyKind.JsonPatch, Patch: { } patch }:
                    DocComment.Summary(writer, operation.Body.Description, "The changes, sent as a JSON Patch document.");
                    DocComment.Remarks(writer, new[] { $"Sent as {operation.Body.MediaType}; build it with the {patch.TypeName} methods." });
                    writer.Line($"public required {TypeNames.Qualified(spec.Namespace, patch.TypeName)} {GeneratedNames.PatchProperty} {{ get; set; }}");
                    writer.Line();
                    break;
                case { Kind: BodyKind.Binary }:
                    DocComment.Summary(writer, operation.Body.Description, "The bytes to send.");
                    DocComment.Remarks(writer, new[]
                    {
                        $"Sent as {operation.Body.MediaType}, streamed from the current position: never buffered. You own the stream; it is not disposed.",
                    });
                    writer.Line($"public required global::System.IO.Stream {GeneratedNames.ContentProperty} {{ get; set; }}");
                    writer.Line();
                    break;
            }
        }

        /// <summary>Members that hold request objects, which Validate() walks into.</summary>
        private static System.Collections.Generic.IEnumerable<ParameterSpec> NestedMembers(EquatableArray<ParameterSpec> members) =>
            members.Where(m => m.Type.Kind == ApiParameterKind.Object
                || (m.Type.Kind == ApiParameterKind.Array && m.Type.Items?.Kind == ApiParameterKind.Object));

        private static void EmitNestedObjects(SourceWriter writer, System.Collections.Generic.List<ParameterSpec> nested)
        {
            if (nested.Count == 0)
            {
                return;
            }

            writer.Line();
            writer.Line("global::System.Collections.Generic.IEnumerable<");
            writer.Line($"    global::System.Collections.Generic.KeyValuePair<string, {TypeNames.Runtime}.IApiQuery>>");
            using (writer.Block($"    {TypeNames.Runtime}.IApiNestedObjects.GetNestedObjects()"))
            {
                writer.Line($"var nested = new {TypeNames.Runtime}.ApiNestedList();");
                foreach (var member in nested)
                {
                    var add = member.Type.Kind == ApiParameterKind.Object ? "Add" : "AddItems";
                    writer.Line($"nested.{add}({Literal.String(member.WireName)}, {member.ValueExpression("")});");
                }

                writer.Line("return nested;");
            }
        }

        private static void EmitRuleTable(SourceWriter writer, EquatableArray<ApiRule> rules)
        {
            writer.Line($"private static readonly {TypeNames.Runtime}.ApiRule[] {GeneratedNames.RuleTable} =");
            writer.Line("{");
            writer.Indent();
            foreach (var rule in rules)
            {
                RuleEmitter.Instance(writer, rule);
            }

            writer.Outdent();
            writer.Line("};");
            writer.Line();
        }

        private static void EmitProperty(SourceWriter writer, EquatableArray<ApiRule> allRules, ParameterSpec parameter)
        {
            var rules = allRules.Where(r => r.Parameter == parameter.WireName).ToList();
            DocComment.Summary(writer, parameter.Description, parameter.WireName + ".");
            DocComment.Remarks(writer, new[] { parameter.Remarks, Wire(parameter) }.Concat(rules.Select(RuleEmitter.Describe)));
            writer.Call($"[{TypeNames.Metadata}.ApiParameter", new[] { Literal.String(parameter.WireName), TypeNames.ParameterKind(parameter.Type) }, "]");
            foreach (var rule in rules)
            {
                RuleEmitter.Attribute(writer, rule);
            }

            writer.Line($"public {(parameter.Required ? "required " : "")}{parameter.PropertyType}", $"{parameter.PropertyName} {{ get; set; }}");
            writer.Line();
        }

        private static string Wire(ParameterSpec parameter)
        {
            var text = parameter.Location switch
            {
                ParameterLocation.Path when parameter.FromClient =>
                    $"Path parameter {{{parameter.WireName}}}; when unset, the client's value is sent.",
                ParameterLocation.Path => $"Path parameter {{{parameter.WireName}}}; required.",
                ParameterLocation.Body when parameter.SendsNull =>
                    $"Body member {parameter.WireName}; written only when set, and as null when set to null.",
                ParameterLocation.Body when parameter.Required => $"Body member {parameter.WireName}; required.",
                ParameterLocation.Body => $"Body member {parameter.WireName}; written only when set.",
                _ when parameter.FromClient => $"Query parameter {parameter.WireName}; when unset, the client's value is sent.",
                _ => $"Query parameter {parameter.WireName}; sent only when set.",
            };
            if (parameter.Type.Kind == ApiParameterKind.Flag)
            {
                text += " A flag: true sends " + parameter.WireName + "=true; false and null send nothing.";
            }

            if (parameter.Type.TimeLayout is not null)
            {
                text += " Sent in UTC with milliseconds: 2024-11-06T06:19:43.195Z.";
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
                $"string {GeneratedNames.ToQueryString}()",
                () => { });

        private static void EmitBuildRequestUri(SourceWriter writer, OperationSpec operation)
        {
            EmitBuilderMethod(
                writer,
                "The request path and query, relative to the service endpoint.",
                $"string {GeneratedNames.BuildRequestUri}()",
                () => writer.Line($"{GeneratedNames.AppendPath}(ref builder);"));

            // The client's URI: endpoint, path and query written once into one buffer, and parsed once.
            EmitBuilderMethod(
                writer,
                "The absolute request URI: the endpoint (its path kept), then the path and query.",
                $"global::System.Uri {GeneratedNames.BuildRequestUri}(global::System.Uri endpoint)",
                () =>
                {
                    writer.Line($"builder.AppendLiteral({TypeNames.Runtime}.ApiTransport.EndpointText(endpoint));");
                    writer.Line($"{GeneratedNames.AppendPath}(ref builder);");
                },
                "new global::System.Uri(builder.ToString(), global::System.UriKind.Absolute)",
                512,
                ("endpoint", "The service endpoint, an absolute URI."));
            EmitAppendPath(writer, operation);
        }

        /// <summary>The path, relative to the endpoint, for both request URI methods.</summary>
        private static void EmitAppendPath(SourceWriter writer, OperationSpec operation)
        {
            using (writer.Block($"private void {GeneratedNames.AppendPath}(ref {TypeNames.Runtime}.QueryStringBuilder builder)"))
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
            }

            writer.Line();
        }

        /// <summary>A method that writes into a stack-backed builder: <paramref name="prefix"/> first, then the query;
        /// it returns <paramref name="result"/>.</summary>
        private static void EmitBuilderMethod(
            SourceWriter writer,
            string summary,
            string signature,
            System.Action prefix,
            string result = "builder.ToString()",
            int stackChars = 256,
            (string Name, string Doc)? parameter = null)
        {
            DocComment.Summary(writer, summary, summary);
            if (parameter is { } documented)
            {
                writer.Line($"/// <param name=\"{documented.Name}\">{DocComment.Escape(documented.Doc)}</param>");
            }

            using (writer.Block($"public {signature}"))
            {
                writer.Line($"var builder = new {TypeNames.Runtime}.QueryStringBuilder(stackalloc char[{stackChars}]);");
                using (writer.Block("try"))
                {
                    prefix();
                    writer.Line($"{GeneratedNames.AppendQuery}(ref builder);");
                    writer.Line($"return {result};");
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
                    writer.Call($"builder.{append}", new[] { Literal.String(parameter.WireName), parameter.PropertyName }.Concat(parameter.Type.LayoutArgument).ToArray(), ";");
                }
            }

            writer.Line();
        }

        /// <summary>The text each parameter sends, for the rules: the runtime's WireText, whose layouts the builder uses.</summary>
        private static void EmitGetWireValue(SourceWriter writer, EquatableArray<ParameterSpec> parameters)
        {
            writer.Line($"string? {TypeNames.Runtime}.IApiQuery.GetWireValue(string wireName) => wireName switch");
            writer.Line("{");
            writer.Indent();
            foreach (var parameter in parameters)
            {
                var arm = $"{Literal.String(parameter.WireName)} => {WireText(parameter)},";
                if (arm.Length <= writer.Available)
                {
                    writer.Line(arm);
                }
                else
                {
                    writer.Line($"{Literal.String(parameter.WireName)} =>");
                    writer.Indent();
                    if (parameter.SendsNull)
                    {
                        writer.Line($"{WireText(parameter)},");
                    }
                    else
                    {
                        writer.Call(
                            $"{TypeNames.Runtime}.WireText.{parameter.Type.Info.WireTextMethod}",
                            new[] { parameter.PropertyName }.Concat(parameter.Type.LayoutArgument).ToArray(),
                            ",");
                    }

                    writer.Outdent();
                }
            }

            writer.Line("_ => null,");
            writer.Outdent();
            writer.Line("};");
        }

        /// <summary>A member set to null (ApiOptional) is set for the rules, with no text to compare.</summary>
        private static string WireText(ParameterSpec parameter)
        {
            var layout = string.Concat(parameter.Type.LayoutArgument.Select(a => ", " + a));
            return parameter.SendsNull
                ? $"{parameter.PropertyName}.IsSet ? {TypeNames.Runtime}.WireText.{parameter.Type.Info.WireTextMethod}"
                    + $"({parameter.PropertyName}.Value{layout}) ?? string.Empty : null"
                : $"{TypeNames.Runtime}.WireText.{parameter.Type.Info.WireTextMethod}({parameter.PropertyName}{layout})";
        }
    }
}
