#if CLOUDIMAGES_RUNTIME
namespace CloudImages.Runtime
#else
namespace CloudImages.Generators.Shared
#endif
{
    /// <summary>The shape of a rule field's value, which decides how the spec, the attribute and the emitted code
    /// spell it.</summary>
    internal enum ApiRuleFieldShape
    {
        /// <summary>A string: a JSON string, a string argument, a string literal.</summary>
        Text,

        /// <summary>A list of strings: one JSON string or a non-empty array of them, a <c>string[]</c> argument.</summary>
        Texts,

        /// <summary>A number: a JSON number, a <c>double</c> argument (NaN when absent, since an attribute
        /// argument cannot be a nullable double).</summary>
        Number,

        /// <summary>A member of <see cref="ApiRuleField.EnumType"/>: its name in camel case in the spec, the enum
        /// value in the attribute.</summary>
        Enum,
    }
}
