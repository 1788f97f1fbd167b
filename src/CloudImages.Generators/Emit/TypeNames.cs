using CloudImages.Generators.Model;

namespace CloudImages.Generators.Emit
{
    /// <summary>The names generated code refers to; always global::-qualified, so no spec name can shadow them.
    /// A spec type's own C# name is resolved once by the reader (<see cref="TypeRef.Name"/>).</summary>
    internal static class TypeNames
    {
        public const string Runtime = "global::CloudImages.Runtime";
        public const string Metadata = "global::CloudImages.Runtime.Metadata";
        public const string JsonReader = "global::System.Text.Json.Utf8JsonReader";
        public const string JsonElement = "global::System.Text.Json.JsonElement";
        public const string JsonRead = Runtime + ".JsonRead";

        /// <summary>[GeneratedCode] with this generator's version, as the compiler loaded it.</summary>
        public static readonly string GeneratedCode =
            "[global::System.CodeDom.Compiler.GeneratedCode(\"CloudImages.Generators\", \""
            + typeof(TypeNames).Assembly.GetName().Version + "\")]";

        public static string Qualified(string ns, string name) => "global::" + ns + "." + name;

        /// <summary>The <c>ApiParameterKind</c> member for a parameter type.</summary>
        public static string ParameterKind(TypeRef type) => Runtime + ".ApiParameterKind." + type.Kind;
    }
}
