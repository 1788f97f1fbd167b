namespace CloudImages.Generators.Model
{
    internal sealed record EnumValueSpec(string Value, string MemberName, string? Description, EquatableArray<string> Aliases = default);

    internal sealed record EnumSpec(string TypeName, string? Description, EquatableArray<EnumValueSpec> Values);
}
