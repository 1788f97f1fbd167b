using System.Linq;
using CloudImages.Generators.Text;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Emit
{
    /// <summary>Emits an open enumeration: a struct over the wire string, with the documented values as static members.</summary>
    internal static class EnumEmitter
    {
        public static string Emit(ApiSpec spec, EnumSpec model, string specFileName)
        {
            var writer = FileHeader.Start(specFileName, spec.Namespace);
            // Inside the struct its own name cannot be shadowed: no member may share it.
            var self = model.TypeName;
            DocComment.Summary(writer, model.Description, model.TypeName + ".");
            DocComment.Remarks(writer, new[]
            {
                "An open enumeration: the documented values are static members; any other value is accepted, kept and sent as it is.",
            });
            writer.Line($"[{TypeNames.Metadata}.ApiEnum]");
            writer.Line(TypeNames.GeneratedCode);
            writer.Line("[global::System.Diagnostics.DebuggerDisplay(\"{Value,nq}\")]");
            writer.Line($"public readonly partial struct {model.TypeName}");
            writer.Line($"    : global::System.IEquatable<{self}>, {TypeNames.Runtime}.IApiEnum");
            using (writer.Block(""))
            {
                writer.Line("private readonly string? _value;");
                writer.Line();
                writer.Line("/// <summary>Creates a value from its wire text; any text is accepted.</summary>");
                writer.Line("/// <param name=\"value\">The wire text.</param>");
                using (writer.Block($"public {model.TypeName}(string value)"))
                {
                    writer.Line("_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
                }

                foreach (var value in model.Values)
                {
                    writer.Line();
                    DocComment.Summary(writer, value.Description, value.Value);
                    DocComment.Remarks(writer, value.Aliases.Count == 0
                        ? new[] { "Wire value: " + value.Value + "." }
                        : new[] { "Wire value: " + value.Value + ".", "Also read from: " + string.Join(", ", value.Aliases) + "." });
                    writer.Line($"[{TypeNames.Metadata}.ApiEnumValue({Literal.String(value.Value)})]");
                    writer.Line($"public static {self} {value.MemberName} {{ get; }} = new {self}({Literal.String(value.Value)});");
                }

                writer.Line();
                writer.Line("/// <summary>The documented values, in documented order.</summary>");
                writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{self}> {GeneratedNames.KnownValues} {{ get; }} =");
                writer.Line($"    new {self}[]");
                writer.Line("    {");
                foreach (var value in model.Values)
                {
                    writer.Line("        " + value.MemberName + ",");
                }

                writer.Line("    };");
                writer.Line();
                writer.Line("/// <summary>The wire text; empty for <c>default</c>.</summary>");
                writer.Line($"public string {GeneratedNames.EnumValue} => _value ?? string.Empty;");
                writer.Line();
                writer.Line("/// <summary>True when the value is one of the documented ones.</summary>");
                writer.Line($"public bool {GeneratedNames.IsKnown} => Value switch");
                writer.Line("{");
                foreach (var value in model.Values)
                {
                    writer.Line($"    {Literal.String(value.Value)} => true,");
                }

                writer.Line("    _ => false,");
                writer.Line("};");
                writer.Line();
                writer.Line("/// <summary>Any wire text becomes a value.</summary>");
                writer.Line("/// <param name=\"value\">The wire text.</param>");
                writer.Line($"public static implicit operator {self}(string value) => new {self}(value);");
                writer.Line();
                writer.Line("/// <summary>Ordinal equality of the wire text.</summary>");
                writer.Line($"public static bool operator ==({self} left, {self} right) => left.Equals(right);");
                writer.Line();
                writer.Line("/// <summary>Ordinal inequality of the wire text.</summary>");
                writer.Line($"public static bool operator !=({self} left, {self} right) => !left.Equals(right);");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line($"public bool Equals({self} other) =>");
                writer.Line("    string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line($"public override bool Equals(object? obj) => obj is {self} other && Equals(other);");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
                writer.Line();
                writer.Line("/// <summary>The wire text.</summary>");
                writer.Line("public override string ToString() => Value;");
            }

            return FileHeader.End(writer);
        }
    }
}
