using System.Linq;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Groups
{
    /// <summary>What two declarations of one type must agree on to be the same type: everything but their docs.</summary>
    internal static class TypeShapes
    {
        public static EnumSpec Of(EnumSpec model) => model with
        {
            Description = null,
            Values = model.Values.Select(v => v with { Description = null }).ToEquatableArray(),
        };

        public static SchemaSpec Of(SchemaSpec model) => model with
        {
            Description = null,
            Fields = model.Fields.Select(f => f with { Description = null, Remarks = null }).ToEquatableArray(),
        };

        public static RequestSchemaSpec Of(RequestSchemaSpec model) => model with
        {
            Description = null,
            Members = model.Members.Select(m => m with { Description = null, Remarks = null }).ToEquatableArray(),
        };
    }
}
