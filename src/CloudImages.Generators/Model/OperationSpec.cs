using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Model
{
    internal enum ParameterLocation
    {
        Query,
        Path,
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
        string? Pattern);

    /// <summary>A piece of a path template: literal text, or a path parameter's property.</summary>
    internal sealed record PathSegment(string Text, string? ParameterProperty);

    internal sealed record ErrorStatusSpec(int Status, string? Name, string? Description);

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
        string ResponseTypeName,
        string MethodName,
        string UriMethodName,
        EquatableArray<PathSegment> PathSegments,
        EquatableArray<ParameterSpec> Parameters,
        EquatableArray<ApiRule> Rules,
        PaginationSpec? Pagination,
        EquatableArray<ErrorStatusSpec> Errors);
}
