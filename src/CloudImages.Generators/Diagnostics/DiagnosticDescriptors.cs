using Microsoft.CodeAnalysis;

namespace CloudImages.Generators.Diagnostics
{
    /// <summary>Every diagnostic the generator and the analyzers report. IDs are stable; see the README's diagnostics table.</summary>
    internal static class DiagnosticDescriptors
    {
        public const string HelpLinkBase = "https://github.com/cloudimages/CloudImages.Generators/blob/main/README.md#";
        private const string SpecCategory = "CloudApi.Spec";
        private const string UsageCategory = "CloudApi.Usage";

        // Usage: the spec's rules, read from the generated types' attributes. Message arguments: a summary that names
        // the wire parameters, the spec rule's id, and the spec rule's message (which names the way out).
        // Warnings, not errors: a view of one method body can miss a value set elsewhere.
        private const string RuleMessage = "{0} (rule {1}): {2}";

        public static readonly DiagnosticDescriptor RequiredParameterMissing = Usage(
            "CIMG0001", "A request parameter needs another parameter", RuleMessage, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ConflictingParameters = Usage(
            "CIMG0002", "Request parameters cannot be set together", RuleMessage, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ValueOutOfRange = Usage(
            "CIMG0003", "Request parameter value is out of the documented range", RuleMessage, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UndocumentedEnumValue = Usage(
            "CIMG0004",
            "Value is not documented",
            "'{0}' is not a documented {1} value. {2} Undocumented values are sent as they are.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidFormat = Usage(
            "CIMG0005", "Request parameter value does not have the documented format", RuleMessage, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor Advice = Usage(
            "CIMG0006", "Request parameter advice", RuleMessage, DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor ExactlyOneParameter = Usage(
            "CIMG0007", "Exactly one of a group of request parameters must be set", RuleMessage, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidJson = Spec(
            "CIMG1001", "Spec is not valid JSON", "The spec is not valid JSON: {0}");

        public static readonly DiagnosticDescriptor MissingMember = Spec(
            "CIMG1002", "Required spec member is missing", "{0} is missing the required member '{1}'");

        public static readonly DiagnosticDescriptor InvalidValue = Spec(
            "CIMG1003", "Spec value is invalid", "'{0}' must be {1}");

        public static readonly DiagnosticDescriptor UnknownReference = Spec(
            "CIMG1004", "Spec names something that is not declared", "{0} '{1}' is not declared{2}");

        public static readonly DiagnosticDescriptor DuplicateName = Spec(
            "CIMG1005", "Spec declares a name twice", "{0} '{1}' is declared more than once");

        public static readonly DiagnosticDescriptor RuleUnknownParameter = Spec(
            "CIMG1006", "Rule names an unknown parameter", "Rule '{0}' names '{1}', which is not a parameter of operation '{2}'");

        public static readonly DiagnosticDescriptor NameCollision = Spec(
            "CIMG1007", "Generated names collide", "{0} '{1}' becomes the C# name '{2}', which {3}; set csharpName (or name) to tell them apart");

        public static readonly DiagnosticDescriptor UnsupportedVersion = Spec(
            "CIMG1008", "Spec version is not supported", "specVersion '{0}' is not supported; this generator reads '1.0' and '1.1'");

        public static readonly DiagnosticDescriptor UnknownMember = new(
            "CIMG1009",
            "Spec member is not part of the format",
            "'{0}' is not a member of {1}; it is ignored",
            SpecCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "cimg1009");

        public static readonly DiagnosticDescriptor InvalidIdentifier = Spec(
            "CIMG1010", "Spec name is not a valid C# name", "'{0}' cannot be used as a C# name: {1}");

        public static readonly DiagnosticDescriptor InvalidPagination = Spec(
            "CIMG1011", "Pagination is inconsistent", "Pagination of operation '{0}': {1}");

        public static readonly DiagnosticDescriptor InvalidRule = Spec(
            "CIMG1012", "Rule is inconsistent", "Rule '{0}': {1}");

        public static readonly DiagnosticDescriptor InvalidPath = Spec(
            "CIMG1013", "Path template is inconsistent", "Path '{0}' of operation '{1}': {2}");

        public static readonly DiagnosticDescriptor SpecUnreadable = Spec(
            "CIMG1014", "Spec file cannot be read", "The spec file '{0}' could not be read");

        // The package brings the runtime to every target (netstandard2.0 and net8.0 builds), so only a reference to the
        // analyzer alone leaves it out.
        public static readonly DiagnosticDescriptor RuntimeMissing = Spec(
            "CIMG1015",
            "CloudImages.Runtime is not available",
            "The client generated from this spec needs CloudImages.Runtime; reference the CloudImages.Generators package rather than the analyzer alone");

        // netstandard2.0 and .NET Framework projects default to C# 7.3: one error here instead of a wall of CS8400s.
        public static readonly DiagnosticDescriptor LanguageVersionTooLow = Spec(
            "CIMG1016",
            "C# 11 or later is required",
            "The client generated from this spec needs C# 11 or later (required members); set <LangVersion>11</LangVersion> or later in the project (netstandard2.0 and .NET Framework projects default to C# 7.3)");

        public static readonly DiagnosticDescriptor TypeConflict = Spec(
            "CIMG1017", "Two specs generate the same type", "Type '{0}.{1}' is also generated from '{2}'; give one spec another namespace or name");

        public static readonly DiagnosticDescriptor ClientSpecsDiffer = Spec(
            "CIMG1018",
            "Specs of one client disagree",
            "'{0}' differs from '{1}', another spec of client '{2}'; the specs of one client must say the same here");

        public static readonly DiagnosticDescriptor SharedTypeDiffers = Spec(
            "CIMG1019",
            "A type shared by specs of one client is declared differently",
            "Type '{0}' is also declared in '{1}', another spec of client '{2}', with other members; declare it the same way (only descriptions may differ) or give it another name");

        private static DiagnosticDescriptor Usage(string id, string title, string message, DiagnosticSeverity severity) =>
            new(id, title, message, UsageCategory, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());

        private static DiagnosticDescriptor Spec(string id, string title, string message) =>
            new(id, title, message, SpecCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}
