using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Emit
{
    /// <summary>Emits the spec's JSON readers on Utf8JsonReader: no reflection, so trimming and AOT are safe.
    /// Property names are matched by length, then by a byte that tells same-length names apart, then bytes (ByteDispatch); documented enum values come back as their static
    /// members without allocating; values that do not fit are kept raw (see JsonRead).</summary>
    internal static class JsonEmitter
    {
        private const string TokenType = "global::System.Text.Json.JsonTokenType";

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
                foreach (var schema in spec.Schemas)
                {
                    EmitParse(writer, ns, schema);
                    EmitRead(writer, ns, schema);
                    EmitTryReadObject(writer, ns, schema);
                }

                foreach (var enumSpec in spec.Enums)
                {
                    EmitTryReadEnum(writer, ns, enumSpec);
                }

                foreach (var array in ArrayTypes(spec))
                {
                    EmitTryReadArray(writer, ns, array);
                }
            }

            return FileHeader.End(writer);
        }

        private static void EmitParse(SourceWriter writer, string ns, SchemaSpec schema)
        {
            var type = TypeNames.Qualified(ns, schema.TypeName);
            writer.Line($"/// <summary>Parses a whole JSON document whose root is a {schema.TypeName} object.</summary>");
            writer.Line("/// <param name=\"utf8Json\">The document, as UTF-8; a byte order mark is skipped.</param>");
            writer.Line("/// <exception cref=\"global::System.Text.Json.JsonException\">The text is not JSON, its root is not an object, or data follows it.</exception>");
            writer.Line($"public static {type} Parse{schema.TypeName}(global::System.ReadOnlySpan<byte> utf8Json) =>");
            writer.Line($"    {TypeNames.JsonRead}.ParseDocument(utf8Json, Read{schema.TypeName});");
            writer.Line();
        }

        private static void EmitRead(SourceWriter writer, string ns, SchemaSpec schema)
        {
            var type = TypeNames.Qualified(ns, schema.TypeName);
            var locals = new LocalNames("reader", "name", "fields");
            var fields = schema.Fields
                .Select((f, i) => (Field: f, Index: i, Local: locals.For(f.PropertyName)))
                .ToList();

            writer.Line($"/// <summary>Reads a {schema.TypeName} object; the reader must be on its start and is left on its end.</summary>");
            writer.Line("/// <param name=\"reader\">The reader.</param>");
            writer.Line("/// <exception cref=\"global::System.Text.Json.JsonException\">The value is not an object, or the JSON is malformed.</exception>");
            using (writer.Block($"public static {type} Read{schema.TypeName}(ref {TypeNames.JsonReader} reader)"))
            {
                writer.Line($"var fields = new {TypeNames.Runtime}.JsonObjectFields(ref reader, {fields.Count});");
                foreach (var (field, _, local) in fields)
                {
                    writer.Line($"{TypeNames.Nullable(field.Type, ns)} {local} = null;");
                }

                using (writer.Block($"while (reader.Read() && reader.TokenType == {TokenType}.PropertyName)"))
                {
                    writer.Line($"var name = {TypeNames.JsonRead}.PropertyName(ref reader);");
                    if (fields.Count > 0)
                    {
                        ByteDispatch.Emit(writer, "name", fields.Select(f => (f.Field.WireName, (System.Action)(() =>
                        {
                            writer.Line($"fields.ReadValue({f.Index}, ref reader);");
                            using (writer.Block($"if (!{TryRead(f.Field.Type, ns, f.Local)})"))
                            {
                                writer.Line($"fields.Keep({Literal.String(f.Field.WireName)}, ref reader);");
                            }

                            writer.Line("continue;");
                        }))));
                    }

                    writer.Line();
                    writer.Line("fields.KeepUnknown(ref reader);");
                }

                writer.Line();
                using (writer.Block($"if (reader.TokenType != {TokenType}.EndObject)"))
                {
                    writer.Line($"throw new global::System.Text.Json.JsonException(\"The JSON ends inside a {schema.TypeName} object.\");");
                }

                writer.Line();
                writer.Line($"return new {type}");
                writer.Line("{");
                foreach (var (field, _, local) in fields)
                {
                    writer.Line($"    {field.PropertyName} = {local},");
                }

                writer.Line("    AdditionalProperties = fields.Additional,");
                writer.Line("};");
            }

            writer.Line();
        }

        private static void EmitTryReadObject(SourceWriter writer, string ns, SchemaSpec schema)
        {
            var type = TypeNames.Qualified(ns, schema.TypeName);
            using (writer.Block($"private static bool TryRead{schema.TypeName}(ref {TypeNames.JsonReader} reader, ref {type}? value)"))
            {
                using (writer.Block($"if (reader.TokenType is not ({TokenType}.StartObject or {TokenType}.Null))"))
                {
                    writer.Line("return false;");
                }

                writer.Line();
                writer.Line($"value = reader.TokenType == {TokenType}.StartObject ? Read{schema.TypeName}(ref reader) : null;");
                writer.Line("return true;");
            }

            writer.Line();
        }

        private static void EmitTryReadEnum(SourceWriter writer, string ns, EnumSpec model)
        {
            var type = TypeNames.Qualified(ns, model.TypeName);
            using (writer.Block($"private static bool TryRead{model.TypeName}(ref {TypeNames.JsonReader} reader, ref {type}? value)"))
            {
                writer.Line("// A documented value comes back as its static member, without allocating a string.");
                using (writer.Block($"if (reader.TokenType == {TokenType}.String && !reader.ValueIsEscaped && !reader.HasValueSequence)"))
                {
                    writer.Line("var text = reader.ValueSpan;");
                    ByteDispatch.Emit(writer, "text", model.Values.Select(v => (v.Value, (System.Action)(() =>
                    {
                        writer.Line($"value = {type}.{v.MemberName};");
                        writer.Line("return true;");
                    }))));
                }

                writer.Line();
                writer.Line("string? other = null;");
                using (writer.Block($"if (!{TypeNames.JsonRead}.TryReadString(ref reader, ref other))"))
                {
                    writer.Line("return false;");
                }

                writer.Line();
                writer.Line($"value = other is null ? ({type}?)null : new {type}(other);");
                writer.Line("return true;");
            }

            writer.Line();
        }

        private static void EmitTryReadArray(SourceWriter writer, string ns, TypeRef array)
        {
            var element = array.Items!;
            var elementType = TypeNames.Of(element, ns);
            using (writer.Block($"private static bool TryRead{Key(element)}Array(ref {TypeNames.JsonReader} reader, ref global::System.Collections.Generic.IReadOnlyList<{elementType}>? value)"))
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
                    writer.Line($"{TypeNames.Nullable(element, ns)} item = null;");
                    using (writer.Block($"if (!{TryRead(element, ns, "item")} || item is null)"))
                    {
                        writer.Line("reader = start;");
                        writer.Line("return false;");
                    }

                    writer.Line($"(items ??= new global::System.Collections.Generic.List<{elementType}>()).Add({(TypeNames.IsValueType(element) ? "item.Value" : "item")});");
                }

                writer.Line();
                writer.Line("// Empty arrays (most tags) share one instance.");
                writer.Line($"value = items ?? (global::System.Collections.Generic.IReadOnlyList<{elementType}>)global::System.Array.Empty<{elementType}>();");
                writer.Line("return true;");
            }

            writer.Line();
        }

        /// <summary>A call that reads the current value into <paramref name="target"/> and says whether it fit; when it
        /// did not, the target keeps what it held (an earlier value of the same name).</summary>
        private static string TryRead(TypeRef type, string ns, string target) => type.Kind switch
        {
            TypeKind.String => $"{TypeNames.JsonRead}.TryReadString(ref reader, ref {target})",
            TypeKind.Boolean => $"{TypeNames.JsonRead}.TryReadBoolean(ref reader, ref {target})",
            TypeKind.Integer => $"{TypeNames.JsonRead}.TryReadInt32(ref reader, ref {target})",
            TypeKind.Long => $"{TypeNames.JsonRead}.TryReadInt64(ref reader, ref {target})",
            TypeKind.Number => $"{TypeNames.JsonRead}.TryReadDouble(ref reader, ref {target})",
            TypeKind.DateTime => $"{TypeNames.JsonRead}.TryReadDateTimeOffset(ref reader, ref {target})",
            TypeKind.Json => $"{TypeNames.JsonRead}.TryReadJson(ref reader, {(type.WireString ? "true" : "false")}, ref {target})",
            TypeKind.Array => $"TryRead{Key(type.Items!)}Array(ref reader, ref {target})",
            _ => $"TryRead{type.Reference}(ref reader, ref {target})",
        };

        /// <summary>A name for an array's element type, unique per type: String, Image, StringArray.</summary>
        private static string Key(TypeRef element) => element.Kind switch
        {
            TypeKind.Enum or TypeKind.Object => element.Reference!,
            TypeKind.Array => Key(element.Items!) + "Array",
            TypeKind.DateTime => "DateTimeOffset",
            TypeKind.Json => element.WireString ? "JsonString" : "Json",
            var kind => kind.ToString(),
        };

        private static IEnumerable<TypeRef> ArrayTypes(ApiSpec spec)
        {
            var seen = new HashSet<string>();
            var result = new List<TypeRef>();
            foreach (var field in spec.Schemas.SelectMany(s => s.Fields))
            {
                for (var type = field.Type; type.Kind == TypeKind.Array; type = type.Items!)
                {
                    if (seen.Add(Key(type.Items!)))
                    {
                        result.Add(type);
                    }
                }
            }

            return result;
        }
    }
}
