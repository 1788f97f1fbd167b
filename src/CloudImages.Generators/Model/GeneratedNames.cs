namespace CloudImages.Generators.Model
{
    /// <summary>The names the emitters add to what the spec declares. The reader reserves the fixed ones, so nothing a
    /// spec declares collides with them, and stores the derived ones in the model; emitters use both from here.</summary>
    internal static class GeneratedNames
    {
        // Members of a query record.
        public const string Validate = "Validate";
        public const string ToQueryString = "ToQueryString";
        public const string BuildRequestUri = "BuildRequestUri";
        public const string AppendPath = "AppendPath";
        public const string AppendQuery = "AppendQuery";
        public const string RuleTable = "s_rules";

        // Members of an enumeration.
        public const string EnumValue = "Value";
        public const string IsKnown = "IsKnown";
        public const string KnownValues = "KnownValues";

        // Members of a response model.
        public const string AdditionalProperties = "AdditionalProperties";

        // Members of a client.
        public const string HttpClient = "HttpClient";
        public const string MaxResponseBytes = "MaxResponseBytes";
        public const string ValidateQueries = "ValidateQueries";
        public const string DefaultMaxResponseBytes = "DefaultMaxResponseBytes";
        public const string AuthTokenHeaderName = "AuthTokenHeaderName";
        public const string CreateTokenHandler = "CreateTokenHandler";

        public static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize" };

        public static readonly string[] EnumMembers = { EnumValue, IsKnown, KnownValues };

        public static readonly string[] ModelMembers = { AdditionalProperties };

        /// <summary>Besides its own, a query record has IApiQuery's members and those the compiler gives a record.</summary>
        public static readonly string[] QueryMembers =
        {
            Validate, ToQueryString, BuildRequestUri, AppendPath, AppendQuery, RuleTable, "OperationName", "Rules", "GetWireValue",
            "EqualityContract", "PrintMembers", "Deconstruct", PatchProperty, ContentProperty, "GetNestedObjects",
        };

        /// <summary>Members of a JSON Patch document besides its per-attribute methods.</summary>
        public static readonly string[] PatchMembers = { "Operations", "Count", "Extension", "AddExtension", "ReplaceExtension", "RemoveExtension" };

        public static readonly string[] ClientMembers =
        {
            HttpClient, MaxResponseBytes, ValidateQueries, DefaultMaxResponseBytes, AuthTokenHeaderName, CreateTokenHandler,
        };

        public static string QueryType(string operation) => operation + "Query";

        /// <summary>The request record of an operation with a body: it holds path, query and body members.</summary>
        public static string RequestType(string operation) => operation + "Request";

        /// <summary>The typed JSON Patch document of an operation with a JSON Patch body.</summary>
        public static string PatchType(string operation) => operation + "Patch";

        /// <summary>The request property that holds a JSON Patch document or a binary body.</summary>
        public const string PatchProperty = "Patch";

        public const string ContentProperty = "Content";

        /// <summary>The method of one JSON Patch operation on one attribute: ReplaceName, RemoveSupportXen.</summary>
        public static string PatchMethod(string operation, string stem) =>
            char.ToUpperInvariant(operation[0]) + operation.Substring(1) + stem;

        /// <summary>The emitted JSON writer of a request type.</summary>
        public static string WriteMethod(string type) => "Write" + type;

        public static string JsonClass(string client) => Stem(client) + "Json";

        public static string OptionsClass(string client) => client + "Options";

        public static string ServiceCollectionExtensions(string client) => client + "ServiceCollectionExtensions";

        public static string AddMethod(string client) => "Add" + client;

        public static string OperationMethod(string operation) => operation + "Async";

        public static string UriMethod(string operation) => "Get" + operation + "Uri";

        public static string ListAllMethod(string itemsProperty) => "ListAll" + itemsProperty + "Async";

        private static string Stem(string client) =>
            client.EndsWith("Client", System.StringComparison.Ordinal) && client.Length > "Client".Length
                ? client.Substring(0, client.Length - "Client".Length)
                : client;
    }
}
