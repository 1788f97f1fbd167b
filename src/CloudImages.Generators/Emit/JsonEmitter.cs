using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Text;
using CloudImages.Generators.Model;
using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Emit
{
    /// <summary>Emits the spec's JSON readers on Utf8JsonReader: no reflection, so trimming and AOT are safe.
    /// Property names are matched by length, then by a byte that tells same-length names apart, then bytes (ByteDispatch); documented enum values come back as their static
    /// members without allocating; values that do not fit are kept raw (see JsonRead).</summary>
    internal static class JsonEmitter
    {
        private const string TokenType = "global::System.Text.Json.JsonTokenType";
        private const string ReadProperty = "ReadProperty";

        // Up to this many fields a reader dispatches in its loop: a call per property would cost more than the JIT
        // loses in a method this small. Beyond it, each property is read in a local function (EmitReadProperty).
        private const int InlineDispatchFields = 16;

        public static string Emit(ApiSpec spec, string specFileName)
        {
            var ns = spec.Namespace;
            var writer = FileHeader.Start(specFileName, ns);
            DocComment.Summary(writer, null, "Reflection-free JSON readers for the types of " + (spec.Title ?? spec.ClientName) + ".");
            DocComment.Remarks(writer, new[]
            {
                "Lenient where services are: strings holding booleans or numbers are read as such, any scalar is read as a string, "
                + "and a value that does not fit its documented type is kept raw in AdditionalProperties instead of failing the whole response.",
            });
            writer.Line(TypeNames.GeneratedCode);
            using (writer.Block($"public static partial class {spec.JsonClassName}"))
            {
                // A per-type reader is emitted only for a type some field reads.
                var read = FieldTypes(spec).ToList();
                foreach (var schema in spec.Schemas)
                {
                    EmitParse(writer, ns, schema);
                    EmitRead(writer, ns, schema);
                    if (read.Any(t => t.Kind == ApiParameterKind.Object && t.Key == schema.TypeName))
                    {
                        EmitTryReadObject(writer, ns, schema);
                    }
                }

                foreach (var enumSpec in spec.Enums.Where(e => read.Any(t => t.Kind == ApiParameterKind.Enum && t.Key == e.TypeName)))
                {
                    EmitTryReadEnum(writer, ns, enumSpec);
                }

                var arrays = new HashSet<string>();
                foreach (var array in read.Where(t => t.Kind == ApiParameterKind.Array && arrays.Add(t.Key)))
                {
                    EmitTryReadArray(writer, array);
                }

                foreach (var operation in spec.Operations.Where(o => o.HasJsonBody))
                {
                    EmitWrite(writer, ns, operation.QueryTypeName, operation.Parameters.Where(p => p.Location == ParameterLocation.Body));
                }

                foreach (var schema in spec.RequestSchemas)
                {
                    EmitWrite(writer, ns, schema.TypeName, schema.Members);
                }
            }

            return FileHeader.End(writer);
        }

        private static void EmitParse(SourceWriter writer, string ns, SchemaSpec schema)
        {
            var type = TypeNames.Qualified(ns, schema.TypeName);
            writer.Line($"/// <summary>Parses a whole JSON document whose root is a {schema.TypeName} object.</summary>");
            writer.Line("/// <param name=\"utf8Json\">The document, as UTF-8; a byte order mark is skipped.</param>");
            Exception(writer, "The text is not JSON, its root is not an object, or data follows it.");
            writer.Call($"public static {type} Parse{schema.TypeName}", new[] { "global::System.ReadOnlySpan<byte> utf8Json" }, " =>");
            writer.Line($"    {TypeNames.JsonRead}.ParseDocument(utf8Json, Read{schema.TypeName});");
            writer.Line();
        }

        private static void EmitRead(SourceWriter writer, string ns, SchemaSpec schema)
        {
            var type = TypeNames.Qualified(ns, schema.TypeName);
            var locals = new LocalNames("reader", "propertyName", "fields");
            // Header fields are not in the body: the client fills them from the response headers.
            var fields = schema.Fields
                .Where(f => f.Header is null)
                .Select((f, i) => (Field: f, Index: i, Local: locals.For(f.PropertyName)))
                .ToList();

            DocComment.Summary(writer, null, $"Reads a {schema.TypeName} object; the reader must be on its start and is left on its end.");
            writer.Line("/// <param name=\"reader\">The reader.</param>");
            Exception(writer, "The value is not an object, or the JSON is malformed.");
            writer.Call($"public static {type} Read{schema.TypeName}", new[] { $"ref {TypeNames.JsonReader} reader" });
            using (writer.Block(""))
            {
                writer.Line($"var fields = new {TypeNames.Runtime}.JsonObjectFields(ref reader, {fields.Count});");
                foreach (var (field, _, local) in fields)
                {
                    writer.Line($"{field.Type.NullableName} {local} =", "null;");
                }

                var callPerProperty = fields.Count > InlineDispatchFields;
                using (writer.Block($"while (reader.Read() && reader.TokenType == {TokenType}.PropertyName)"))
                {
                    if (callPerProperty)
                    {
                        writer.Call($"if (!{ReadProperty}", new[] { "ref reader", "ref fields", $"{TypeNames.JsonRead}.PropertyName(ref reader)" }, ")");
                        using (writer.Block(""))
                        {
                            writer.Line("fields.KeepUnknown(ref reader);");
                        }
                    }
                    else
                    {
                        if (fields.Count > 0)
                        {
                            writer.Line($"var propertyName = {TypeNames.JsonRead}.PropertyName(ref reader);");
                            EmitDispatch(writer, fields, "continue;");
                            writer.Line();
                        }

                        writer.Line("fields.KeepUnknown(ref reader);");
                    }
                }

                writer.Line();
                using (writer.Block($"if (reader.TokenType != {TokenType}.EndObject)"))
                {
                    writer.Call("throw new global::System.Text.Json.JsonException", new[] { Literal.String($"The JSON ends inside a {schema.TypeName} object.") }, ";");
                }

                writer.Line();
                writer.Line($"return new {type}");
                writer.Line("{");
                foreach (var (field, _, local) in fields)
                {
                    writer.Line($"    {field.PropertyName} = {local},");
                }

                writer.Line($"    {GeneratedNames.AdditionalProperties} = fields.Additional,");
                writer.Line("};");
                if (callPerProperty)
                {
                    EmitReadProperty(writer, fields);
                }
            }

            writer.Line();
        }

        /// <summary>Emits the local function that reads one property of a documented name into its local.</summary>
        /// <remarks>As one method, a reader of many fields outgrew the JIT's inlining budget (its property setters
        /// became calls) and kept the name on the stack, where reading it back after each <c>Read</c> stalled.</remarks>
        private static void EmitReadProperty(SourceWriter writer, List<(FieldSpec Field, int Index, string Local)> fields)
        {
            writer.Line();
            writer.Line("// A call per property keeps the reader small enough for the JIT to optimize; false for a name the");
            writer.Line("// schema does not document.");
            writer.Call(
                $"bool {ReadProperty}",
                new[] { $"ref {TypeNames.JsonReader} reader", $"ref {TypeNames.Runtime}.JsonObjectFields fields", "scoped global::System.ReadOnlySpan<byte> propertyName" });
            using (writer.Block(""))
            {
                EmitDispatch(writer, fields, "return true;");
                writer.Line();
                writer.Line("return false;");
            }
        }

        /// <summary>Emits the match of <c>propertyName</c> against the documented names; a match reads the value into
        /// its local and leaves with <paramref name="exit"/>.</summary>
        private static void EmitDispatch(SourceWriter writer, List<(FieldSpec Field, int Index, string Local)> fields, string exit) =>
            ByteDispatch.Emit(writer, "propertyName", fields.Select(f => (f.Field.WireName, (System.Action)(() =>
            {
                writer.Line($"fields.ReadValue({f.Index}, ref reader);");
                writer.Call($"if (!{f.Field.Type.Reader}", new[] { "ref reader", $"ref {f.Local}" }, ")");
                using (writer.Block(""))
                {
                    writer.Line($"fields.Keep({Literal.String(f.Field.WireName)}, ref reader);");
                }

                writer.Line(exit);
            }))));

        private static void EmitTryReadObject(SourceWriter writer, string ns, SchemaSpec schema)
        {
            var type = TypeNames.Qualified(ns, schema.TypeName);
            writer.Call($"private static bool TryRead{schema.TypeName}", new[] { $"ref {TypeNames.JsonReader} reader", $"ref {type}? value" });
            using (writer.Block(""))
            {
                writer.Line("var token = reader.TokenType;");
                writer.Line($"if (token != {TokenType}.StartObject");
                writer.Line($"    && token != {TokenType}.Null)");
                using (writer.Block(""))
                {
                    writer.Line("return false;");
                }

                writer.Line();
                writer.Line($"value = token == {TokenType}.StartObject ? Read{schema.TypeName}(ref reader) : null;");
                writer.Line("return true;");
            }

            writer.Line();
        }

        private static void EmitTryReadEnum(SourceWriter writer, string ns, EnumSpec model)
        {
            var type = TypeNames.Qualified(ns, model.TypeName);
            writer.Call($"private static bool TryRead{model.TypeName}", new[] { $"ref {TypeNames.JsonReader} reader", $"ref {type}? value" });
            using (writer.Block(""))
            {
                writer.Line("// A documented value comes back as its static member, without allocating a string.");
                writer.Line($"if (reader.TokenType == {TokenType}.String");
                writer.Line("    && !reader.ValueIsEscaped && !reader.HasValueSequence)");
                using (writer.Block(""))
                {
                    writer.Line("var text = reader.ValueSpan;");
                    ByteDispatch.Emit(writer, "text", model.Values.SelectMany(v => v.Aliases.Prepend(v.Value).Select(text => (text, (System.Action)(() =>
                    {
                        writer.Line($"value = {type}.{v.MemberName};");
                        writer.Line("return true;");
                    })))));
                }

                writer.Line();
                writer.Line("string? other = null;");
                using (writer.Block($"if (!{TypeNames.JsonRead}.TryReadString(ref reader, ref other))"))
                {
                    writer.Line("return false;");
                }

                writer.Line();
                writer.Line("value = null;");
                using (writer.Block("if (other is not null)"))
                {
                    if (model.Values.Any(v => v.Aliases.Count > 0))
                    {
                        // An escaped alias still reads as the value it names.
                        writer.Line("value = other switch");
                        writer.Line("{");
                        foreach (var value in model.Values)
                        {
                            foreach (var alias in value.Aliases)
                            {
                                writer.Line($"    {Literal.String(alias)} => {type}.{value.MemberName},");
                            }
                        }

                        writer.Line($"    _ => new {type}(other),");
                        writer.Line("};");
                    }
                    else
                    {
                        writer.Line($"value = new {type}(other);");
                    }
                }

                writer.Line();
                writer.Line("return true;");
            }

            writer.Line();
        }

        private static void EmitTryReadArray(SourceWriter writer, TypeRef array)
        {
            var element = array.Items!;
            var elementType = element.Name;
            writer.Line($"private static bool {array.Reader}(");
            writer.Line($"    ref {TypeNames.JsonReader} reader,");
            using (writer.Block($"    ref {array.NullableName} value)"))
            {
                using (writer.Block($"if (reader.TokenType == {TokenType}.Null)"))
                {
                    writer.Line("value = null;");
                    writer.Line("return true;");
                }

                writer.Line();
                using (writer.Block($"if (reader.TokenType != {TokenType}.StartArray)"))
                {
                    writer.Line("return false;");
                }

                writer.Line();
                writer.Line("// On an element that does not fit, rewind so the caller keeps the whole array raw.");
                writer.Line("var start = reader;");
                writer.Line($"global::System.Collections.Generic.List<{elementType}>? items = null;");
                using (writer.Block($"while (reader.Read() && reader.TokenType != {TokenType}.EndArray)"))
                {
                    writer.Line($"{element.NullableName} item = null;");
                    using (writer.Block($"if (!{TryRead(element, "item")} || item is null)"))
                    {
                        writer.Line("reader = start;");
                        writer.Line("return false;");
                    }

                    writer.Line($"(items ??= new global::System.Collections.Generic.List<{elementType}>())");
                    writer.Line($"    .Add({(element.IsValueType ? "item.Value" : "item")});");
                }

                writer.Line();
                writer.Line("// Empty arrays (most tags) share one instance.");
                writer.Line($"value = items is null ? global::System.Array.Empty<{elementType}>() : items;");
                writer.Line("return true;");
            }

            writer.Line();
        }

        /// <summary>A request type's JSON writer: one runtime call per body member, which omits it when unset; nested
        /// request objects through their own writers.</summary>
        private static void EmitWrite(SourceWriter writer, string ns, string typeName, IEnumerable<ParameterSpec> members)
        {
            var type = TypeNames.Qualified(ns, typeName);
            DocComment.Summary(writer, null, $"Writes a {typeName} as its JSON body object: only the members that are set.");
            writer.Line("/// <param name=\"writer\">The writer.</param>");
            writer.Line("/// <param name=\"value\">The value.</param>");
            writer.Call($"public static void {GeneratedNames.WriteMethod(typeName)}", new[] { "global::System.Text.Json.Utf8JsonWriter writer", $"{type} value" });
            using (writer.Block(""))
            {
                writer.Line("writer.WriteStartObject();");
                foreach (var member in members)
                {
                    if (member.SendsNull)
                    {
                        writer.Call(
                            $"{TypeNames.Runtime}.JsonWrite.NullWhen",
                            new[] { "writer", Literal.Utf8(member.WireName), $"value.{member.PropertyName}.IsSet && value.{member.PropertyName}.Value is null" },
                            ";");
                    }

                    writer.Call(WriteCall(member.Type), WriteArguments(member), ";");
                }

                writer.Line("writer.WriteEndObject();");
            }

            writer.Line();
        }

        private static string WriteCall(TypeRef type) => type.Kind switch
        {
            ApiParameterKind.Object => $"{TypeNames.Runtime}.JsonWrite.Object",
            ApiParameterKind.Array when type.Items?.Kind == ApiParameterKind.Object => $"{TypeNames.Runtime}.JsonWrite.Objects",
            _ => $"{TypeNames.Runtime}.JsonWrite.Member",
        };

        private static string[] WriteArguments(ParameterSpec member)
        {
            // A required enumeration is not nullable; the runtime overload takes TEnum? (inference needs the cast).
            var value = member.Required && !member.SendsNull && member.Type.Kind == ApiParameterKind.Enum
                ? $"({member.Type.NullableName})value.{member.PropertyName}"
                : member.ValueExpression("value.");
            // UTF-8 literals: the writer does not transcode a name on every write.
            var name = Literal.Utf8(member.WireName);
            var type = member.Type;
            return type.Kind switch
            {
                ApiParameterKind.Object => new[] { "writer", name, value, GeneratedNames.WriteMethod(type.Key) },
                ApiParameterKind.Array when type.Items?.Kind == ApiParameterKind.Object =>
                    new[] { "writer", name, value, GeneratedNames.WriteMethod(type.Items.Key) },
                // A value that travels as a string holding its text: its WireText, written as a string member.
                _ when type.WireString => new[] { "writer", name, $"{TypeNames.Runtime}.WireText.Of({value}{string.Concat(type.LayoutArgument.Select(a => ", " + a))})" },
                _ => new[] { "writer", name, value }.Concat(type.LayoutArgument).ToArray(),
            };
        }

        private static void Exception(SourceWriter writer, string text) =>
            DocComment.Element(writer, "exception", text, " cref=\"global::System.Text.Json.JsonException\"");

        /// <summary>A call that reads the current value into <paramref name="target"/> and says whether it fit; when it
        /// did not, the target keeps what it held (an earlier value of the same name).</summary>
        private static string TryRead(TypeRef type, string target) => $"{type.Reader}(ref reader, ref {target})";

        /// <summary>Every type a field reads, array elements included.</summary>
        private static IEnumerable<TypeRef> FieldTypes(ApiSpec spec)
        {
            foreach (var field in spec.Schemas.SelectMany(s => s.Fields))
            {
                for (var type = field.Type; type is not null; type = type.Items)
                {
                    yield return type;
                }
            }
        }
    }
}
