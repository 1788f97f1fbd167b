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
    internal sealed class ApiRuleField
    {
        private readonly Func<ApiRule, object?> _get;
        private readonly Action<ApiRule, object>? _set;

        private ApiRuleField(string name, string member, ApiRuleFieldShape shape, Type? enumType, bool allowsEmpty, Func<ApiRule, object?> get, Action<ApiRule, object>? set)
        {
            Name = name;
            Member = member;
            Shape = shape;
            EnumType = enumType;
            AllowsEmpty = allowsEmpty;
            _get = get;
            _set = set;
        }

        /// <summary>The property of <see cref="ApiRule"/> and of the attribute (named argument or constructor parameter).</summary>
        public string Name { get; }

        /// <summary>The member of a spec's rule object.</summary>
        public string Member { get; }

        public ApiRuleFieldShape Shape { get; }

        /// <summary>The enum type of an <see cref="ApiRuleFieldShape.Enum"/> field.</summary>
        public Type? EnumType { get; }

        /// <summary>A constructor argument, in the order of <see cref="ApiRule.Fields"/>; the spec requires it.</summary>
        public bool Required => _set is null;

        /// <summary>The empty string is a value (a wire value may be empty); otherwise a text must not be empty.</summary>
        public bool AllowsEmpty { get; }

        /// <summary>A constructor argument.</summary>
        public static ApiRuleField Positional(string name, string member, ApiRuleFieldShape shape, Func<ApiRule, object?> get, Type? enumType = null) =>
            new(name, member, shape, enumType, allowsEmpty: false, get, set: null);

        /// <summary>An optional property, set by name.</summary>
        public static ApiRuleField Named(string name, string member, ApiRuleFieldShape shape, Func<ApiRule, object?> get, Action<ApiRule, object> set, bool allowsEmpty = false) =>
            new(name, member, shape, enumType: null, allowsEmpty, get, set);

        /// <summary>NaN is how an attribute says "no number".</summary>
        public static double? NumberFromAttribute(double value) => double.IsNaN(value) ? null : value;

        /// <summary>The field's value; null or an empty list when the rule has none.</summary>
        public object? Get(ApiRule rule) => _get(rule);

        /// <summary>True when the field's value is absent, so nothing is written for it.</summary>
        public bool IsAbsent(ApiRule rule) => Get(rule) is null or IReadOnlyList<string> { Count: 0 };

        public void Set(ApiRule rule, object value) => (_set ?? throw new InvalidOperationException(Name + " is a constructor argument"))(rule, value);
    }
}
