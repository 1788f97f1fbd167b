using System;

namespace CloudImages.Runtime.Metadata
{
    /// <summary>A documented rule, placed on the property of the parameter it is about. This is what the
    /// analyzers read, so rules travel with the generated types into every project that references them.</summary>
    /// <remarks>It holds an <see cref="ApiRule"/> and spells its fields the way attribute arguments must:
    /// <c>string[]</c> for lists, NaN for "no bound".</remarks>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class ApiRuleAttribute : Attribute
    {
        private readonly ApiRule _rule;

        /// <summary>Creates the attribute.</summary>
        public ApiRuleAttribute(string id, ApiRuleKind kind, RuleSeverity severity, string parameter, string message) =>
            _rule = new ApiRule(id, kind, severity, parameter, message);

        /// <summary>See <see cref="ApiRule.Id"/>.</summary>
        public string Id => _rule.Id;

        /// <summary>See <see cref="ApiRule.Kind"/>.</summary>
        public ApiRuleKind Kind => _rule.Kind;

        /// <summary>See <see cref="ApiRule.Severity"/>.</summary>
        public RuleSeverity Severity => _rule.Severity;

        /// <summary>See <see cref="ApiRule.Parameter"/>.</summary>
        public string Parameter => _rule.Parameter;

        /// <summary>See <see cref="ApiRule.Message"/>.</summary>
        public string Message => _rule.Message;

        /// <summary>See <see cref="ApiRule.With"/>; null when there is none.</summary>
        public string[]? With
        {
            get => _rule.With.Count == 0 ? null : [.. _rule.With];
            set => _rule.With = value ?? [];
        }

        /// <summary>See <see cref="ApiRule.When"/>.</summary>
        public string? When { get => _rule.When; set => _rule.When = value; }

        /// <summary>See <see cref="ApiRule.Value"/>.</summary>
        public string? Value { get => _rule.Value; set => _rule.Value = value; }

        /// <summary>See <see cref="ApiRule.Minimum"/>; NaN when absent.</summary>
        public double Minimum { get => _rule.Minimum ?? double.NaN; set => _rule.Minimum = ApiRuleField.NumberFromAttribute(value); }

        /// <summary>See <see cref="ApiRule.Maximum"/>; NaN when absent.</summary>
        public double Maximum { get => _rule.Maximum ?? double.NaN; set => _rule.Maximum = ApiRuleField.NumberFromAttribute(value); }

        /// <summary>See <see cref="ApiRule.Format"/>.</summary>
        public string? Format { get => _rule.Format; set => _rule.Format = value; }

        /// <summary>See <see cref="ApiRule.Pattern"/>.</summary>
        public string? Pattern { get => _rule.Pattern; set => _rule.Pattern = value; }
    }
}
