using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Model
{
    internal enum ParameterLocation
    {
        Query,
        Path,

        /// <summary>A member of the JSON request body (or of a nested request object).</summary>
        Body,
    }

    internal sealed record ParameterSpec(
        string WireName,
        string PropertyName,
        ParameterLocation Location,
        TypeRef Type,
        string? Description,
        string? Remarks,
        string? DefaultValue,
        double? Minimum,
        double? Maximum,
        string? Pattern,
        bool Required = false,
        bool FromClient = false,
        bool SendsNull = false)
    {
        /// <summary>The property's type: the member's, or ApiOptional of it when null is a value the body may send.</summary>
        public string PropertyType => SendsNull
            ? "global::CloudImages.Runtime.ApiOptional<" + Type.NullableName + ">"
            : Required ? Type.Name : Type.NullableName;

        /// <summary>An expression that reads the value sent, null when unset (for an ApiOptional, also when null).</summary>
        public string ValueExpression(string owner) => SendsNull
            ? $"({owner}{PropertyName}.IsSet ? {owner}{PropertyName}.Value : null)"
            : owner + PropertyName;
    }

    /// <summary>A parameter many operations share (a project id): the client has a property for it, and fills it into
    /// every request that leaves it unset.</summary>
    internal sealed record ClientParameterSpec(string WireName, string PropertyName, string? Description);

    /// <summary>A piece of a path template: literal text, or a path parameter's property.</summary>
    internal sealed record PathSegment(string Text, string? ParameterProperty);

    /// <summary>A documented error status, with the service error codes the page lists for it (IMG.0001).</summary>
    internal sealed record ErrorStatusSpec(int Status, string? Name, string? Description, EquatableArray<string> Codes = default);

    /// <summary>Marker pagination, with every name resolved to its C# property.</summary>
    internal sealed record PaginationSpec(
        string MarkerProperty,
        string PageSizeProperty,
        string ItemsProperty,
        string ItemsField,
        string ItemTypeName,
        string MarkerFieldProperty,
        string MarkerField,
        int DefaultPageSize,
        string ListAllMethodName);

    internal sealed record OperationSpec(
        string Name,
        string Method,
        string Path,
        string? Description,
        string QueryTypeName,
        string? ResponseTypeName,
        string MethodName,
        string UriMethodName,
        EquatableArray<PathSegment> PathSegments,
        EquatableArray<ParameterSpec> Parameters,
        EquatableArray<ApiRule> Rules,
        PaginationSpec? Pagination,
        EquatableArray<ErrorStatusSpec> Errors,
        RequestBodySpec? Body = null,
        int? ResponseStatus = null,
        JobSpec? Job = null,
        JobStatusSpec? JobStatus = null,
        PendingJobLink? PendingJob = null)
    {
        /// <summary>True when the request record has members sent in a JSON body.</summary>
        public bool HasJsonBody => Body?.Kind == BodyKind.Json;

        /// <summary>The methods this operation adds to the client, which no other operation may add.</summary>
        public System.Collections.Generic.IEnumerable<string> ClientMembers =>
            Pagination is { } pagination
                ? new[] { MethodName, UriMethodName, pagination.ListAllMethodName }
                : new[] { MethodName, UriMethodName };
    }
}
