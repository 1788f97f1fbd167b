using System;
using System.Collections.Generic;

#if CLOUDIMAGES_RUNTIME
namespace CloudImages.Runtime
#else
namespace CloudImages.Generators.Shared
#endif
{
    /// <summary>One documented rule over the wire values of an operation's parameters.</summary>
    /// <remarks>Generated code creates these from the spec; the same data is emitted as
    /// <c>ApiRuleAttribute</c>s for the analyzers. A new field is a property here and an entry in
    /// <see cref="Fields"/>, plus its attribute property and its member in the spec's JSON Schema.</remarks>
    sealed partial class ApiRule
    {
        private static readonly string[] NoOthers = new string[0];

        /// <summary>Every field, described once: the spec reader, the emitter and the attribute reader loop over
        /// this. The constructor's arguments come first, in their order; then the named ones, in emitted order.</summary>
        internal static readonly ApiRuleField[] Fields =
        {
            ApiRuleField.Positional(nameof(Id), "id", ApiRuleFieldShape.Text, r => r.Id),
            ApiRuleField.Positional(nameof(Kind), "kind", ApiRuleFieldShape.Enum, r => r.Kind, typeof(ApiRuleKind)),
            ApiRuleField.Positional(nameof(Severity), "severity", ApiRuleFieldShape.Enum, r => r.Severity, typeof(RuleSeverity)),
            ApiRuleField.Positional(nameof(Parameter), "parameter", ApiRuleFieldShape.Text, r => r.Parameter),
            ApiRuleField.Positional(nameof(Message), "message", ApiRuleFieldShape.Text, r => r.Message),
            ApiRuleField.Named(nameof(With), "with", ApiRuleFieldShape.Texts, r => r.With, (r, v) => r.With = (IReadOnlyList<string>)v),
            ApiRuleField.Named(nameof(When), "when", ApiRuleFieldShape.Text, r => r.When, (r, v) => r.When = (string)v, allowsEmpty: true),
            ApiRuleField.Named(nameof(Value), "value", ApiRuleFieldShape.Text, r => r.Value, (r, v) => r.Value = (string)v, allowsEmpty: true),
            ApiRuleField.Named(nameof(Minimum), "minimum", ApiRuleFieldShape.Number, r => r.Minimum, (r, v) => r.Minimum = (double)v),
            ApiRuleField.Named(nameof(Maximum), "maximum", ApiRuleFieldShape.Number, r => r.Maximum, (r, v) => r.Maximum = (double)v),
            ApiRuleField.Named(nameof(Format), "format", ApiRuleFieldShape.Text, r => r.Format, (r, v) => r.Format = (string)v),
            ApiRuleField.Named(nameof(Pattern), "pattern", ApiRuleFieldShape.Text, r => r.Pattern, (r, v) => r.Pattern = (string)v),
        };

        /// <summary>Creates a rule.</summary>
        public ApiRule(string id, ApiRuleKind kind, RuleSeverity severity, string parameter, string message)
        {
            Id = id;
            Kind = kind;
            Severity = severity;
            Parameter = parameter;
            Message = message;
        }

        /// <summary>A rule from each field's value (null for none); every constructor argument must have one.</summary>
        internal static ApiRule Create(Func<ApiRuleField, object?> valueOf)
        {
            var rule = new ApiRule(
                (string)valueOf(Fields[0])!,
                (ApiRuleKind)valueOf(Fields[1])!,
                (RuleSeverity)valueOf(Fields[2])!,
                (string)valueOf(Fields[3])!,
                (string)valueOf(Fields[4])!);
            foreach (var field in Fields)
            {
                if (!field.Required && valueOf(field) is { } value)
                {
                    field.Set(rule, value);
                }
            }

            return rule;
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

        /// <summary>Wire names of the other parameters (requires, recommends, conflicts; exactlyOne: the rest of the group).</summary>
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
