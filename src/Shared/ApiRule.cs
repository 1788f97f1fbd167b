using System.Collections.Generic;

#if CLOUDIMAGES_RUNTIME
namespace CloudImages.Runtime
#else
namespace CloudImages.Generators.Shared
#endif
{
    /// <summary>One documented rule over the wire values of an operation's parameters.</summary>
    /// <remarks>Generated code creates these from the spec; the same data is emitted as
    /// <c>ApiRuleAttribute</c>s for the analyzers.</remarks>
    sealed partial class ApiRule
    {
        private static readonly string[] NoOthers = new string[0];

        /// <summary>Creates a rule.</summary>
        public ApiRule(string id, ApiRuleKind kind, RuleSeverity severity, string parameter, string message)
        {
            Id = id;
            Kind = kind;
            Severity = severity;
            Parameter = parameter;
            Message = message;
        }

        /// <summary>The rule's stable id from the spec.</summary>
        public string Id { get; }

        /// <summary>The rule's kind.</summary>
        public ApiRuleKind Kind { get; }

        /// <summary>The rule's severity.</summary>
        public RuleSeverity Severity { get; }

        /// <summary>Wire name of the parameter the rule is about.</summary>
        public string Parameter { get; }

        /// <summary>The message shown when the rule is violated.</summary>
        public string Message { get; }

        /// <summary>Wire names of the other parameters (requires, recommends, conflicts).</summary>
        public IReadOnlyList<string> With { get; set; } = NoOthers;

        /// <summary>The rule applies only when <see cref="Parameter"/> has this wire value.</summary>
        public string? When { get; set; }

        /// <summary>The wire value the <see cref="With"/> parameters must have.</summary>
        public string? Value { get; set; }

        /// <summary>Inclusive lower bound (range rules).</summary>
        public double? Minimum { get; set; }

        /// <summary>Inclusive upper bound (range rules).</summary>
        public double? Maximum { get; set; }

        /// <summary>A named wire format (format rules): <c>timeFilter</c> or <c>keyValue</c>.</summary>
        public string? Format { get; set; }

        /// <summary>A .NET regular expression the whole wire value must match (format rules).</summary>
        public string? Pattern { get; set; }
    }
}
