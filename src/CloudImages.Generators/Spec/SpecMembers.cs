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
            "errorBody", "clientParameters", "enums", "schemas", "operations",
        };

        public static readonly string[] Client = { "name", "description" };

        public static readonly string[] ClientParameter = { "name", "csharpName", "description" };

        public static readonly string[] Auth = { "tokenHeader" };

        public static readonly string[] ErrorBody = { "codeField", "messageField", "description" };

        public static readonly string[] Enum = { "name", "description", "values" };

        public static readonly string[] EnumValue = { "value", "name", "description", "aliases" };

        public static readonly string[] Schema = { "name", "description", "role", "fields", "rules" };

        /// <summary>A type and what it needs: part of every field and parameter, and the whole of an array's items.</summary>
        public static readonly string[] Type = { "type", "enum", "schema", "items", "wireType", "timeLayout", "fields", "rules" };

        public static readonly string[] Field = Type.Concat(new[] { "name", "in", "csharpName", "description", "remarks", "nullable", "deviation" }).ToArray();

        public static readonly string[] Parameter = Type.Concat(new[]
        {
            "name", "in", "csharpName", "description", "remarks", "default", "minimum", "maximum", "pattern", "required", "nullable",
            "deviation",
        }).ToArray();

        /// <summary>A field's or parameter's deliberate reading that differs from its page: documentation for the drift
        /// check (cloud-api drift), never read for code.</summary>
        public static readonly string[] Deviation = { "reason", "documented" };

        /// <summary>What the page documents where the spec deviates: its type words, mandatory flag, values, or that
        /// it does not document the member at all.</summary>
        public static readonly string[] DocumentedReading = { "type", "required", "values", "absent" };

        public static readonly string[] Operation =
        {
            "name", "method", "path", "description", "parameters", "requestBody", "response", "errors", "pagination", "rules",
            "job", "jobStatus", "constraints",
        };

        public static readonly string[] Constraint = { "text", "where", "rules", "unchecked" };

        public static readonly string[] RequestBody = { "kind", "mediaType", "description", "patch" };

        public static readonly string[] Patch = { "attributes", "extensions" };

        public static readonly string[] PatchAttribute = Type.Concat(new[] { "path", "csharpName", "operations", "description" }).ToArray();

        public static readonly string[] PatchExtensions = { "operations", "pattern", "description" };

        public static readonly string[] Job = { "statusOperation", "idField" };

        public static readonly string[] JobStatus =
        {
            "idParameter", "stateField", "errorCodeField", "failReasonField", "succeeded", "failed", "pending",
        };

        public static readonly string[] Response = { "schema", "status", "description" };

        public static readonly string[] Error = { "status", "name", "description", "codes" };

        public static readonly string[] Pagination =
        {
            "style", "markerParameter", "pageSizeParameter", "itemsField", "markerField", "defaultPageSize",
        };

        /// <summary>A rule's members are its fields' (see <see cref="ApiRule.Fields"/>).</summary>
        public static readonly string[] Rule = ApiRule.Fields.Select(f => f.Member).ToArray();
    }
}
