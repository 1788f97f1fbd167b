using CloudImages.Generators.Model;

namespace CloudImages.Generators.Emit
{
    /// <summary>Emits a response DTO: one nullable init-only property per documented field, plus the fields it could not type.</summary>
    internal static class SchemaEmitter
    {
        public static string Emit(ApiSpec spec, SchemaSpec model, string specFileName)
        {
            var writer = FileHeader.Start(specFileName, spec.Namespace);
            DocComment.Summary(writer, model.Description, model.TypeName + ".");
            DocComment.Remarks(writer, new[] { $"Read without reflection by {spec.JsonClassName}.Read{model.TypeName}." });
            writer.Line(TypeNames.GeneratedCode);
            using (writer.Block($"public sealed partial class {model.TypeName}"))
            {
                foreach (var field in model.Fields)
                {
                    DocComment.Summary(writer, field.Description, field.WireName + ".");
                    var wire = (field.Header is null ? "Wire name: " + field.WireName + "." : "Response header " + field.Header + ".")
                        + (field.Type.TimeLayout is null ? "" : " Sent in UTC with milliseconds (2024-11-06T06:19:43.195Z); any ISO 8601 time is read.");
                    DocComment.Remarks(writer, new[] { field.Remarks, wire });

                    // A header is read after the body, so the client sets it once the object exists.
                    var accessors = field.Header is null ? "{ get; init; }" : "{ get; set; }";
                    writer.Line($"public {field.Type.NullableName}", $"{field.PropertyName} {accessors}");
                    writer.Line();
                }

                writer.Line("/// <summary>Properties the spec does not document, documented properties whose");
                writer.Line("/// value did not fit their type, and the other values of a name sent more than once");
                writer.Line("/// (the property holds the last that fits), as raw JSON keyed by wire name, several");
                writer.Line("/// values of one name as an array in the order sent; null when there were none.");
                writer.Line("/// Nothing the service sent is lost.</summary>");
                writer.Line(
                    $"public global::System.Collections.Generic.IReadOnlyDictionary<string, {TypeNames.JsonElement}>?",
                    $"{GeneratedNames.AdditionalProperties} {{ get; init; }}");
            }

            return FileHeader.End(writer);
        }
    }
}
