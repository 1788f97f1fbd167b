using System;

namespace CloudImages.Runtime.Metadata
{
    /// <summary>Maps a query model property to its wire parameter.</summary>
    [AttributeUsage(AttributeTargets.Property, Inherited = false)]
    public sealed class ApiParameterAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        public ApiParameterAttribute(string wireName, ApiParameterKind kind)
        {
            WireName = wireName;
            Kind = kind;
        }

        /// <summary>The parameter's name on the wire.</summary>
        public string WireName { get; }

        /// <summary>How the value is written.</summary>
        public ApiParameterKind Kind { get; }
    }
}
