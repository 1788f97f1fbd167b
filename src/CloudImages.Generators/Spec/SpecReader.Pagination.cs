using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;
using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
        private PaginationSpec? ReadPagination(ObjectReader operation, string name, List<ParameterSpec> parameters, string responseType)
        {
            var obj = operation.Object("pagination", "pagination", required: false, SpecMembers.Pagination);
            if (obj is null)
            {
                return null;
            }

            var style = obj.String("style", required: true);
            if (style is not null && style.Value != "marker")
            {
                obj.Invalid("style", style, "\"marker\"");
            }

            var marker = QueryParameter(obj, "markerParameter", ApiParameterKind.String);
            var pageSize = QueryParameter(obj, "pageSizeParameter", ApiParameterKind.Integer, ApiParameterKind.Long);
            var defaultPageSize = obj.Integer("defaultPageSize", 1, int.MaxValue);
            if (!_schemas.TryGetValue(responseType, out var response))
            {
                return null; // the response schema has its own diagnostic
            }

            var items = Field(obj, "itemsField", response);
            if (items is not null && items.Type is not { Kind: ApiParameterKind.Array, Items.Kind: ApiParameterKind.Object })
            {
                Report($"itemsField '{items.WireName}' must be an array of objects");
                items = null;
            }

            var itemSchema = items is null ? null : _schemas.TryGetValue(items.Type.Items!.Key, out var s) ? s : null;
            var markerField = itemSchema is null ? null : Field(obj, "markerField", itemSchema);
            if (markerField is not null && markerField.Type.Kind != ApiParameterKind.String)
            {
                Report($"markerField '{markerField.WireName}' must be a string field");
                markerField = null;
            }

            if (marker is null || pageSize is null || items is null || markerField is null || itemSchema is null)
            {
                return null;
            }

            return new PaginationSpec(
                marker.PropertyName,
                pageSize.PropertyName,
                items.PropertyName,
                items.WireName,
                itemSchema.TypeName,
                markerField.PropertyName,
                markerField.WireName,
                defaultPageSize ?? 0,
                GeneratedNames.ListAllMethod(items.PropertyName));

            ParameterSpec? QueryParameter(ObjectReader owner, string member, params ApiParameterKind[] kinds)
            {
                var node = owner.String(member, required: true);
                if (node is null)
                {
                    return null;
                }

                var parameter = parameters.FirstOrDefault(p => p.WireName == node.Value);
                if (parameter is null || parameter.Location != ParameterLocation.Query || System.Array.IndexOf(kinds, parameter.Type.Kind) < 0)
                {
                    Report($"{member} '{node.Value}' must be a query parameter of type {string.Join(" or ", kinds.Select(k => k.ToString().ToLowerInvariant()))}", node);
                    return null;
                }

                return parameter;
            }

            FieldSpec? Field(ObjectReader owner, string member, SchemaSpec schema)
            {
                var node = owner.String(member, required: true);
                if (node is null)
                {
                    return null;
                }

                var field = schema.Fields.FirstOrDefault(f => f.WireName == node.Value);
                if (field is null)
                {
                    Report($"{member} '{node.Value}' is not a field of schema '{schema.TypeName}'", node);
                }

                return field;
            }

            void Report(string problem, JsonNode? at = null) =>
                _context.Report(DiagnosticDescriptors.InvalidPagination, _context.Locate(at ?? obj.Node), name, problem);
        }
    }
}
