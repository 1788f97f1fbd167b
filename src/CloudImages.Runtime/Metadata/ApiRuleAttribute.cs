using System;

namespace CloudImages.Runtime.Metadata
{
    /// <summary>A documented rule, placed on the property of the parameter it is about. This is what the
    /// analyzers read, so rules travel with the generated types into every project that references them.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class ApiRuleAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        public ApiRuleAttribute(string id, ApiRuleKind kind, RuleSeverity severity, string parameter, string message)
        {
            Id = id;
            Kind = kind;
            Severity = severity;
            Parameter = parameter;
            Message = message;
        }

        /// <summary>See <see cref="ApiRule.Id"/>.</summary>
        public string Id { get; }

        /// <summary>See <see cref="ApiRule.Kind"/>.</summary>
        public ApiRuleKind Kind { get; }

        /// <summary>See <see cref="ApiRule.Severity"/>.</summary>
        public RuleSeverity Severity { get; }

        /// <summary>See <see cref="ApiRule.Parameter"/>.</summary>
        public string Parameter { get; }

        /// <summary>See <see cref="ApiRule.Message"/>.</summary>
        public string Message { get; }

        /// <summary>See <see cref="ApiRule.With"/>.</summary>
        public string[]? With { get; set; }

        /// <summary>See <see cref="ApiRule.When"/>.</summary>
        public string? When { get; set; }

        /// <summary>See <see cref="ApiRule.Value"/>.</summary>
        public string? Value { get; set; }

        /// <summary>See <see cref="ApiRule.Minimum"/>; NaN when absent.</summary>
        public double Minimum { get; set; } = double.NaN;

        /// <summary>See <see cref="ApiRule.Maximum"/>; NaN when absent.</summary>
        public double Maximum { get; set; } = double.NaN;

        /// <summary>See <see cref="ApiRule.Format"/>.</summary>
        public string? Format { get; set; }

        /// <summary>See <see cref="ApiRule.Pattern"/>.</summary>
        public string? Pattern { get; set; }
    }
}
