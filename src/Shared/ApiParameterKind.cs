#if CLOUDIMAGES_RUNTIME
namespace CloudImages.Runtime
#else
namespace CloudImages.Generators.Shared
#endif
{
    /// <summary>How a value is written on the wire: the one list of kinds that the spec reader, the emitted code,
    /// the analyzers and the runtime share. <see cref="WireText"/> writes each parameter kind's text.</summary>
#if CLOUDIMAGES_RUNTIME
    public
#else
    internal
#endif
    enum ApiParameterKind
    {
        /// <summary>Text, sent as is.</summary>
        String = 0,

        /// <summary><c>true</c> or <c>false</c>.</summary>
        Boolean = 1,

        /// <summary>A 32-bit integer.</summary>
        Integer = 2,

        /// <summary>A 64-bit integer.</summary>
        Long = 3,

        /// <summary>A floating-point number.</summary>
        Number = 4,

        /// <summary>A UTC time, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
        DateTime = 5,

        /// <summary>An open enumeration; the wire value is the member's value.</summary>
        Enum = 6,

        /// <summary><c>true</c>, or omitted: <c>false</c> sends nothing.</summary>
        Flag = 7,

        /// <summary>An operator-prefixed time filter such as <c>lt:2018-10-28T10:00:00Z</c>.</summary>
        TimeFilter = 8,

        /// <summary><c>key=value</c>.</summary>
        KeyValue = 9,

        /// <summary>A JSON object of a declared schema; a response field or body member, never a query parameter.</summary>
        Object = 10,

        /// <summary>A JSON array; a response field or body member, never a query parameter.</summary>
        Array = 11,

        /// <summary>Any JSON value, kept raw; a response field or body member, never a query parameter.</summary>
        Json = 12,
    }
}
