using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Model
{
    /// <summary>A field's or parameter's type, resolved once by the reader: everything an emitter needs.</summary>
    /// <param name="Info">Its kind.</param>
    /// <param name="Name">The C# type, global::-qualified, without nullability.</param>
    /// <param name="Reader">The method that reads a value of it: <c>Reader(ref reader, ref target)</c>.</param>
    /// <param name="Key">A name unique per type, for the readers emitted per type: String, StringArray, and an enum's
    /// or schema's declared name (Image).</param>
    /// <param name="Items">The element type of an array.</param>
    /// <param name="WireString">The value travels as a JSON string holding its text ("wireType": "string").</param>
    /// <param name="TimeLayout">A time's layout other than the default: the WireText constant that names it
    /// (TimeLayoutMilliseconds); readers accept any ISO 8601 time, writers use it.</param>
    internal sealed record TypeRef(
        KindInfo Info,
        string Name,
        string Reader,
        string Key,
        TypeRef? Items = null,
        bool WireString = false,
        string? TimeLayout = null)
    {
        public ApiParameterKind Kind => Info.Kind;

        public bool IsValueType => Info.IsValueType;

        /// <summary>The extra argument the runtime's writers take for this type's layout, if any.</summary>
        public string[] LayoutArgument => TimeLayout is null ? System.Array.Empty<string>() : new[] { "global::CloudImages.Runtime.WireText." + TimeLayout };

        /// <summary>The C# type of a value that may be absent.</summary>
        public string NullableName => Name + "?";
    }
}
