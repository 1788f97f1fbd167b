using System;

namespace CloudImages.Runtime.Metadata
{
    /// <summary>Marks a generated open enumeration.</summary>
    [AttributeUsage(AttributeTargets.Struct, Inherited = false)]
    public sealed class ApiEnumAttribute : Attribute
    {
    }

    /// <summary>Gives the wire value of a documented member of an open enumeration.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
    public sealed class ApiEnumValueAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        public ApiEnumValueAttribute(string value) => Value = value;

        /// <summary>The value on the wire.</summary>
        public string Value { get; }
    }
}
