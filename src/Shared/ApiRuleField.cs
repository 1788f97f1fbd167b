using System;
using System.Collections.Generic;

#if CLOUDIMAGES_RUNTIME
namespace CloudImages.Runtime
#else
namespace CloudImages.Generators.Shared
#endif
{
    /// <summary>One field of <see cref="ApiRule"/>, described once for all who spell it: the spec reader, the
    /// emitted attribute and instance, and the analyzers that read the attribute back.</summary>
    /// <param name="Name">The property of <see cref="ApiRule"/> and of the attribute (named argument or constructor parameter).</param>
    /// <param name="Member">The member of a spec's rule object.</param>
    /// <param name="Shape">How the value is spelled.</param>
    /// <param name="EnumType">The enum type of an <see cref="ApiRuleFieldShape.Enum"/> field.</param>
    /// <param name="AllowsEmpty">The empty string is a value (a wire value may be empty); otherwise a text must not be empty.</param>
    /// <param name="Get">The field's value; null or an empty list when the rule has none.</param>
    /// <param name="SetValue">Sets a named field; null for a constructor argument.</param>
    internal sealed record ApiRuleField(
        string Name,
        string Member,
        ApiRuleFieldShape Shape,
        Type? EnumType,
        bool AllowsEmpty,
        Func<ApiRule, object?> Get,
        Action<ApiRule, object>? SetValue)
    {
        /// <summary>A constructor argument, in the order of <see cref="ApiRule.Fields"/>; the spec requires it.</summary>
        public bool Required => SetValue is null;

        /// <summary>A constructor argument.</summary>
        public static ApiRuleField Positional(
            string name, string member, ApiRuleFieldShape shape, Func<ApiRule, object?> get, Type? enumType = null) =>
            new(name, member, shape, enumType, AllowsEmpty: false, get, SetValue: null);

        /// <summary>An optional property, set by name.</summary>
        public static ApiRuleField Named(
            string name, string member, ApiRuleFieldShape shape, Func<ApiRule, object?> get, Action<ApiRule, object> set, bool allowsEmpty = false) =>
            new(name, member, shape, EnumType: null, allowsEmpty, get, set);

        /// <summary>NaN is how an attribute says "no number".</summary>
        public static double? NumberFromAttribute(double value) => double.IsNaN(value) ? null : value;

        /// <summary>True when the field's value is absent, so nothing is written for it.</summary>
        public bool IsAbsent(ApiRule rule) => Get(rule) is null or IReadOnlyList<string> { Count: 0 };

        public void Set(ApiRule rule, object value) => (SetValue ?? throw new InvalidOperationException(Name + " is a constructor argument"))(rule, value);
    }
}
