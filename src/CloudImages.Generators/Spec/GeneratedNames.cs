namespace CloudImages.Generators.Spec
{
    /// <summary>Names the emitters add to what the spec declares; the reader reserves them so nothing collides.</summary>
    internal static class GeneratedNames
    {
        public static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize" };

        public static readonly string[] EnumMembers = { "Value", "IsKnown", "KnownValues" };

        public static readonly string[] ModelMembers = { "AdditionalProperties" };

        public static readonly string[] QueryMembers =
        {
            "Validate", "ToQueryString", "BuildRequestUri", "AppendQuery", "OperationName", "Rules", "GetWireValue", "s_rules",
            "EqualityContract", "PrintMembers", "Deconstruct",
        };

        public static readonly string[] ClientMembers = { "HttpClient", "MaxResponseBytes", "ValidateQueries", "DefaultMaxResponseBytes", "AuthTokenHeaderName", "CreateTokenHandler" };

        public static string QueryType(string operation) => operation + "Query";

        public static string JsonClass(string client) => Stem(client) + "Json";

        public static string OptionsClass(string client) => client + "Options";

        public static string ServiceCollectionExtensions(string client) => client + "ServiceCollectionExtensions";

        public static string OperationMethod(string operation) => operation + "Async";

        public static string UriMethod(string operation) => "Get" + operation + "Uri";

        public static string ListAllMethod(string itemsProperty) => "ListAll" + itemsProperty + "Async";

        private static string Stem(string client) =>
            client.EndsWith("Client", System.StringComparison.Ordinal) && client.Length > "Client".Length
                ? client.Substring(0, client.Length - "Client".Length)
                : client;
    }
}
