using CloudImages.Generators.Model;

namespace CloudImages.Generators.Emit
{
    /// <summary>C# type names for spec types; always global::-qualified, so no spec name can shadow them.</summary>
    internal static class TypeNames
    {
        public const string Runtime = "global::CloudImages.Runtime";
        public const string Metadata = "global::CloudImages.Runtime.Metadata";
        public const string JsonReader = "global::System.Text.Json.Utf8JsonReader";
        public const string JsonElement = "global::System.Text.Json.JsonElement";
        public const string JsonRead = Runtime + ".JsonRead";
        public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"CloudImages.Generators\", \"1.0.0\")]";

        public static string Qualified(string ns, string name) => "global::" + ns + "." + name;

        /// <summary>The type as written, without nullability.</summary>
        public static string Of(TypeRef type, string ns) => type.Kind switch
        {
            TypeKind.String => "string",
            TypeKind.Boolean or TypeKind.Flag => "bool",
            TypeKind.Integer => "int",
            TypeKind.Long => "long",
            TypeKind.Number => "double",
            TypeKind.DateTime => "global::System.DateTimeOffset",
            TypeKind.Enum or TypeKind.Object => Qualified(ns, type.Reference!),
            TypeKind.Array => "global::System.Collections.Generic.IReadOnlyList<" + Of(type.Items!, ns) + ">",
            TypeKind.Json => JsonElement,
            TypeKind.TimeFilter => Runtime + ".TimeFilter",
            _ => Runtime + ".KeyValueFilter",
        };

        public static string Nullable(TypeRef type, string ns) => Of(type, ns) + "?";

        public static bool IsValueType(TypeRef type) => type.Kind is not (TypeKind.String or TypeKind.Object or TypeKind.Array);

        /// <summary>The <c>ApiParameterKind</c> member for a parameter type.</summary>
        public static string ParameterKind(TypeRef type) => Runtime + ".ApiParameterKind." + type.Kind;
    }
}
