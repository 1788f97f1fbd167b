using System.Linq;
using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Spec
{
    /// <summary>The members each object of a spec may have. The reader reports any other as unknown, and a test
    /// holds spec/cloud-api.schema.json to these lists, member by member.</summary>
    internal static class SpecMembers
    {
        public static readonly string[] Root =
        {
            "$schema", "specVersion", "title", "description", "source", "namespace", "client", "auth", "requestIdHeaders",
            "errorBody", "enums", "schemas", "operations",
        };

        public static readonly string[] Client = { "name", "description" };

        public static readonly string[] Auth = { "tokenHeader" };

        public static readonly string[] ErrorBody = { "codeField", "messageField", "description" };

        public static readonly string[] Enum = { "name", "description", "values" };

        public static readonly string[] EnumValue = { "value", "name", "description" };

        public static readonly string[] Schema = { "name", "description", "fields" };

        /// <summary>A type and what it needs: part of every field and parameter, and the whole of an array's items.</summary>
        public static readonly string[] Type = { "type", "enum", "schema", "items", "wireType" };

        public static readonly string[] Field = Type.Concat(new[] { "name", "csharpName", "description", "remarks", "nullable" }).ToArray();

        public static readonly string[] Parameter = Type.Concat(new[]
        {
            "name", "in", "csharpName", "description", "remarks", "default", "minimum", "maximum", "pattern",
        }).ToArray();

        public static readonly string[] Operation =
        {
            "name", "method", "path", "description", "parameters", "response", "errors", "pagination", "rules",
        };

        public static readonly string[] Response = { "schema", "status", "description" };

        public static readonly string[] Error = { "status", "name", "description" };

        public static readonly string[] Pagination =
        {
            "style", "markerParameter", "pageSizeParameter", "itemsField", "markerField", "defaultPageSize",
        };

        /// <summary>A rule's members are its fields' (see <see cref="ApiRule.Fields"/>).</summary>
        public static readonly string[] Rule = ApiRule.Fields.Select(f => f.Member).ToArray();
    }
}
