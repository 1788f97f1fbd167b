using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Model
{
    /// <summary>A response field. <paramref name="Header"/> names the response header it is read from; null for a
    /// member of the JSON body.</summary>
    internal sealed record FieldSpec(
        string WireName,
        string PropertyName,
        TypeRef Type,
        string? Description,
        string? Remarks,
        string? Header = null);

    /// <summary>A response model.</summary>
    internal sealed record SchemaSpec(string TypeName, string? Description, EquatableArray<FieldSpec> Fields)
    {
        public bool HasHeaders => System.Linq.Enumerable.Any(Fields, f => f.Header is not null);
    }

    /// <summary>A nested request object ("role": "request"): members written to the JSON body, with their own rules,
    /// checked by the analyzers and by Validate() as an operation's request is.</summary>
    internal sealed record RequestSchemaSpec(
        string TypeName,
        string? Description,
        EquatableArray<ParameterSpec> Members,
        EquatableArray<ApiRule> Rules);
}
