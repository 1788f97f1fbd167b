#if NETSTANDARD2_0
using System.Text;

namespace System
{
    /// <summary>The string, encoding and number members of .NET Core 2.0 and later that the runtime calls, for the
    /// netstandard2.0 build.</summary>
    internal static class TextExtensions
    {
        extension(string text)
        {
            public bool EndsWith(char value) => text.Length > 0 && text[text.Length - 1] == value;

            public bool Contains(char value, StringComparison comparisonType) => text.IndexOf(value, comparisonType) >= 0;

            public int IndexOf(char value, StringComparison comparisonType) =>
                comparisonType == StringComparison.Ordinal ? text.IndexOf(value) : text.IndexOf(value.ToString(), comparisonType);

            public string[] Split(char separator, StringSplitOptions options) => text.Split(new[] { separator }, options);

            /// <summary>string.Create(provider, $"...") formats with the provider here too.</summary>
            public static string Create(IFormatProvider provider, FormattableString format) => format.ToString(provider);
        }

        extension(Encoding encoding)
        {
            public ReadOnlySpan<byte> Preamble => encoding.GetPreamble();

            public string GetString(ReadOnlySpan<byte> bytes) => encoding.GetString(bytes.ToArray());
        }

        extension(double)
        {
            public static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
        }

        extension<T>(ReadOnlySpan<T> span)
            where T : IEquatable<T>
        {
            public bool Contains(T value) => span.IndexOf(value) >= 0;
        }
    }
}
#endif
