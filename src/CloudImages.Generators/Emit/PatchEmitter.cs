using System.Linq;
using CloudImages.Generators.Model;
using CloudImages.Generators.Shared;
using CloudImages.Generators.Text;

namespace CloudImages.Generators.Emit
{
    /// <summary>Emits a JSON Patch document type: one method per documented attribute and allowed operation, each
    /// taking the attribute's documented type, so an undocumented path cannot be written by mistake.</summary>
    internal static class PatchEmitter
    {
        public static string Emit(ApiSpec spec, OperationSpec operation, PatchSpec patch, string specFileName)
        {
            var writer = FileHeader.Start(specFileName, spec.Namespace);
            var type = TypeNames.Qualified(spec.Namespace, patch.TypeName);
            DocComment.Summary(writer, null, $"The changes {operation.Name} sends: a JSON Patch document (RFC 6902).");
            DocComment.Remarks(writer, new[]
            {
                operation.Body?.Description,
                "Each method adds one operation, in order, and returns this document, so calls chain.",
            });
            writer.Line(TypeNames.GeneratedCode);
            using (writer.Block($"public sealed partial class {patch.TypeName} : {TypeNames.Runtime}.ApiJsonPatch"))
            {
                var documented = patch.Attributes.Select(a => Literal.String(a.Path.Substring(1)));
                writer.Line("private static readonly string[] s_documented =");
                writer.Line("{");
                foreach (var name in documented)
                {
                    writer.Line($"    {name},");
                }

                writer.Line("};");
                foreach (var attribute in patch.Attributes)
                {
                    foreach (var op in attribute.Operations)
                    {
                        writer.Line();
                        EmitMethod(writer, type, attribute, op);
                    }
                }

                foreach (var op in patch.ExtensionOperations)
                {
                    writer.Line();
                    EmitExtension(writer, type, patch, op);
                }
            }

            return FileHeader.End(writer);
        }

        private static void EmitMethod(SourceWriter writer, string type, PatchAttributeSpec attribute, string op)
        {
            var verb = op switch { "add" => "Adds", "replace" => "Replaces", _ => "Removes" };
            DocComment.Summary(writer, null, $"{verb} {attribute.Path.Substring(1)}.");
            if (attribute.Description is not null)
            {
                DocComment.Remarks(writer, new[] { attribute.Description });
            }

            var method = GeneratedNames.PatchMethod(op, attribute.MethodStem);
            if (op == "remove")
            {
                writer.Line("/// <returns>This document.</returns>");
                using (writer.Block($"public {type} {method}()"))
                {
                    writer.Line($"Append(\"remove\", {Literal.String(attribute.Path)}, null);");
                    writer.Line("return this;");
                }

                return;
            }

            writer.Line("/// <param name=\"value\">The new value.</param>");
            writer.Line("/// <returns>This document.</returns>");
            writer.Signature($"public {type}", method, new[] { $"{attribute.Type.Name} value" });
            using (writer.Block(""))
            {
                writer.Call("Append", new[] { Literal.String(op), Literal.String(attribute.Path), Value(attribute.Type) }, ";");
                writer.Line("return this;");
            }
        }

        private static void EmitExtension(SourceWriter writer, string type, PatchSpec patch, string op)
        {
            var verb = op switch { "add" => "Adds", "replace" => "Replaces", _ => "Removes" };
            DocComment.Summary(writer, patch.ExtensionDescription, $"{verb} an extension attribute.");
            DocComment.Remarks(writer, new[]
            {
                patch.ExtensionPattern is null ? null : "Its name must match " + patch.ExtensionPattern + ".",
                "A documented attribute is refused here: use its own method, which writes its documented type.",
            });
            writer.Line("/// <param name=\"name\">The attribute's name, without the leading '/'.</param>");
            var pattern = patch.ExtensionPattern is null ? "null" : Literal.String(patch.ExtensionPattern);
            var method = GeneratedNames.PatchMethod(op, "Extension");
            if (op == "remove")
            {
                writer.Line("/// <returns>This document.</returns>");
                DocComment.Element(writer, "exception", "The name is not a valid extension attribute name.", " cref=\"global::System.ArgumentException\"");
                using (writer.Block($"public {type} {method}(string name)"))
                {
                    writer.Call("AppendExtension", new[] { "\"remove\"", "name", "null", pattern, "s_documented" }, ";");
                    writer.Line("return this;");
                }

                return;
            }

            writer.Line("/// <param name=\"value\">The value.</param>");
            writer.Line("/// <returns>This document.</returns>");
            DocComment.Element(writer, "exception", "The name is not a valid extension attribute name.", " cref=\"global::System.ArgumentException\"");
            writer.Signature($"public {type}", method, new[] { "string name", "string value" });
            using (writer.Block(""))
            {
                writer.Call(
                    "AppendExtension",
                    new[] { Literal.String(op), "name", $"{TypeNames.Runtime}.ApiPatchValue.String(value)", pattern, "s_documented" },
                    ";");
                writer.Line("return this;");
            }
        }

        /// <summary>A string-like value, or one documented to travel as a string, is a JSON string; numbers and
        /// booleans are JSON literals. The text always comes from WireText.</summary>
        private static string Value(TypeRef type)
        {
            var text = type.Kind == ApiParameterKind.String ? "value" : $"{TypeNames.Runtime}.WireText.Of(value)";
            var asString = type.WireString || type.Kind is ApiParameterKind.String or ApiParameterKind.Enum or ApiParameterKind.DateTime;
            return asString ? $"{TypeNames.Runtime}.ApiPatchValue.String({text})" : $"{TypeNames.Runtime}.ApiPatchValue.Literal({text})";
        }
    }
}
