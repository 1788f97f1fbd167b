namespace CloudImages.Generators.Model
{
    internal enum TypeKind
    {
        String,
        Boolean,
        Integer,
        Long,
        Number,
        DateTime,
        Enum,
        Object,
        Array,
        Json,
        Flag,
        TimeFilter,
        KeyValue,
    }

    /// <summary>A field's or parameter's type.</summary>
    /// <param name="Reference">The C# name of the enum or schema, for those kinds.</param>
    /// <param name="Items">The element type of an array.</param>
    /// <param name="WireString">The value travels as a JSON string holding it.</param>
    internal sealed record TypeRef(TypeKind Kind, string? Reference = null, TypeRef? Items = null, bool WireString = false);
}
