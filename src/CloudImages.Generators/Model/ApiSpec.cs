namespace CloudImages.Generators.Model
{
    /// <summary>Where an error body keeps its code and message: dotted field paths, tried in order.</summary>
    internal sealed record ErrorBodySpec(EquatableArray<string> CodeFields, EquatableArray<string> MessageFields);

    /// <summary>A type the spec generates, with where the spec declares it (for conflicts across specs).</summary>
    internal sealed record DeclaredType(string Namespace, string Name, LocationInfo Location);

    /// <summary>One spec file, read, checked and named: everything the emitters need, and nothing from Roslyn's semantic model.</summary>
    internal sealed record ApiSpec(
        string SourcePath,
        string? Title,
        string? Source,
        string Namespace,
        string ClientName,
        string? ClientDescription,
        string JsonClassName,
        string OptionsClassName,
        string ExtensionsClassName,
        string AddMethodName,
        string? TokenHeader,
        EquatableArray<string> RequestIdHeaders,
        ErrorBodySpec? ErrorBody,
        EquatableArray<EnumSpec> Enums,
        EquatableArray<SchemaSpec> Schemas,
        EquatableArray<OperationSpec> Operations,
        EquatableArray<DeclaredType> DeclaredTypes,
        EquatableArray<RequestSchemaSpec> RequestSchemas = default,
        EquatableArray<ClientParameterSpec> ClientParameters = default,
        int SpecCount = 1);
}
