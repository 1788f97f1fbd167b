namespace CloudImages.Generators.Model
{
    internal sealed record FieldSpec(string WireName, string PropertyName, TypeRef Type, string? Description, string? Remarks);

    internal sealed record SchemaSpec(string TypeName, string? Description, EquatableArray<FieldSpec> Fields);
}
