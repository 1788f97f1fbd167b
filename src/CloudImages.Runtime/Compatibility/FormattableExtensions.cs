#if NETSTANDARD2_0
using System;

namespace CloudImages.Runtime
{
    /// <summary>ISpanFormattable.TryFormat for the netstandard2.0 build, through the value's string.</summary>
    internal static class FormattableExtensions
    {
        public static bool TryFormat<T>(this T value, Span<char> destination, out int charsWritten, string? format, IFormatProvider? provider)
            where T : IFormattable
        {
            var text = value.ToString(format, provider);
            charsWritten = text.Length <= destination.Length ? text.Length : 0;
            return text.AsSpan().TryCopyTo(destination);
        }
    }
}
#endif
