namespace CloudImages.Generators.Model
{
    /// <summary>How a request body travels.</summary>
    internal enum BodyKind
    {
        /// <summary>A JSON object: the request record's body members, written by an emitted writer.</summary>
        Json,

        /// <summary>A JSON Patch document (RFC 6902) of typed operations over documented attributes.</summary>
        JsonPatch,

        /// <summary>Raw bytes from a stream, streamed and never buffered.</summary>
        Binary,
    }

    /// <summary>An operation's request body.</summary>
    internal sealed record RequestBodySpec(BodyKind Kind, string MediaType, string? Description, PatchSpec? Patch);

    /// <summary>One attribute a JSON Patch may touch: its path, value type and the operations allowed on it.</summary>
    internal sealed record PatchAttributeSpec(
        string Path,
        string MethodStem,
        TypeRef Type,
        EquatableArray<string> Operations,
        string? Description);

    /// <summary>A JSON Patch body: the documented attributes, and whether other (extension) attributes may be added
    /// or removed, with the pattern their names must match.</summary>
    internal sealed record PatchSpec(
        string TypeName,
        EquatableArray<PatchAttributeSpec> Attributes,
        EquatableArray<string> ExtensionOperations,
        string? ExtensionPattern,
        string? ExtensionDescription);
}
