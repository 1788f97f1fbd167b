using System;
using System.Globalization;

#if CLOUDIMAGES_RUNTIME
namespace CloudImages.Runtime
#else
namespace CloudImages.Generators.Shared
#endif
{
    /// <summary>The text a parameter value is sent as, written once per kind. The query builder formats with the
    /// same layouts, generated queries answer <c>GetWireValue</c> with these methods, and the analyzers turn
    /// constants into text with them, so a rule gets the same verdict as you type and before sending.</summary>
#if CLOUDIMAGES_RUNTIME
    public
#else
    internal
#endif
    static class WireText
    {
        /// <summary>A time's layout on the wire: UTC, whole seconds (<c>2018-10-28T10:00:00Z</c>).</summary>
        public const string TimeLayout = "yyyy-MM-dd'T'HH:mm:ss'Z'";

        /// <summary>A time's layout where the spec says the wire has milliseconds (<c>2024-11-06T06:19:43.195Z</c>).</summary>
        public const string TimeLayoutMilliseconds = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

        /// <summary>A floating-point number's format: the shortest text that reads back as the same value.</summary>
        public const string NumberFormat = "R";

        /// <summary>The text of <c>true</c>; a flag sends it, or nothing.</summary>
        public const string True = "true";

        /// <summary>The text of <c>false</c>.</summary>
        public const string False = "false";

        /// <summary>Text is sent as it is.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The value.</returns>
        public static string? Of(string? value) => value;

        /// <summary><c>true</c> or <c>false</c>.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The wire text.</returns>
        public static string Of(bool value) => value ? True : False;

        /// <summary>The invariant decimal form.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The wire text.</returns>
        public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>The invariant decimal form.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The wire text.</returns>
        public static string Of(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>The shortest round-trip invariant form.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The wire text.</returns>
        public static string Of(double value) => value.ToString(NumberFormat, CultureInfo.InvariantCulture);

        /// <summary>The time in UTC, <see cref="TimeLayout"/>.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The wire text.</returns>
        public static string Of(DateTimeOffset value) => value.UtcDateTime.ToString(TimeLayout, CultureInfo.InvariantCulture);

        /// <summary>The text of a set value; null, which sends nothing, for an unset one.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The wire text, or null.</returns>
        public static string? Of(bool? value) => value.HasValue ? Of(value.GetValueOrDefault()) : null;

        /// <inheritdoc cref="Of(bool?)"/>
        public static string? Of(int? value) => value.HasValue ? Of(value.GetValueOrDefault()) : null;

        /// <inheritdoc cref="Of(bool?)"/>
        public static string? Of(long? value) => value.HasValue ? Of(value.GetValueOrDefault()) : null;

        /// <inheritdoc cref="Of(bool?)"/>
        public static string? Of(double? value) => value.HasValue ? Of(value.GetValueOrDefault()) : null;

        /// <inheritdoc cref="Of(bool?)"/>
        public static string? Of(DateTimeOffset? value) => value.HasValue ? Of(value.GetValueOrDefault()) : null;

        /// <summary>The time in UTC, in <paramref name="layout"/> (<see cref="TimeLayout"/> or
        /// <see cref="TimeLayoutMilliseconds"/>, as the spec says).</summary>
        /// <param name="value">The value.</param>
        /// <param name="layout">The layout.</param>
        /// <returns>The wire text, or null.</returns>
        public static string? Of(DateTimeOffset? value, string layout) =>
            value.HasValue ? value.GetValueOrDefault().UtcDateTime.ToString(layout, CultureInfo.InvariantCulture) : null;

        /// <summary>A flag sends <c>true</c>, or nothing: <c>false</c> and null send nothing.</summary>
        /// <param name="value">The value.</param>
        /// <returns><see cref="True"/>, or null.</returns>
        public static string? Flag(bool? value) => value == true ? True : null;
#if CLOUDIMAGES_RUNTIME

        /// <summary>A structured body member (object, array) as the rules see it: set or not. Its text is never
        /// compared, so it is empty.</summary>
        /// <param name="value">The value.</param>
        /// <returns>Empty when set; null when not.</returns>
        public static string? Present(object? value) => value is null ? null : string.Empty;

        /// <inheritdoc cref="Present(object?)"/>
        public static string? Present(System.Text.Json.JsonElement? value) => value.HasValue ? string.Empty : null;

        /// <summary>An open enumeration's wire value.</summary>
        /// <typeparam name="TEnum">The generated enumeration.</typeparam>
        /// <param name="value">The value.</param>
        /// <returns>The wire text.</returns>
        public static string Of<TEnum>(TEnum value)
            where TEnum : struct, IApiEnum => value.Value;

        /// <inheritdoc cref="Of(bool?)"/>
        public static string? Of<TEnum>(TEnum? value)
            where TEnum : struct, IApiEnum => value.HasValue ? value.GetValueOrDefault().Value : null;

        /// <summary><c>op:time</c>, as built or as given.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The wire text.</returns>
        public static string Of(TimeFilter value) => value.ToString();

        /// <inheritdoc cref="Of(bool?)"/>
        public static string? Of(TimeFilter? value) => value.HasValue ? value.GetValueOrDefault().ToString() : null;

        /// <summary><c>key=value</c>, as built or as given.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The wire text.</returns>
        public static string Of(KeyValueFilter value) => value.ToString();

        /// <inheritdoc cref="Of(bool?)"/>
        public static string? Of(KeyValueFilter? value) => value.HasValue ? value.GetValueOrDefault().ToString() : null;
#else

        /// <summary>The text a compile-time constant of a parameter of <paramref name="kind"/> sends.</summary>
        /// <param name="value">The constant, already converted to the parameter's type by the compiler.</param>
        /// <param name="kind">The parameter's kind.</param>
        /// <param name="text">The wire text; null when the constant sends nothing (null, or a false flag).</param>
        /// <returns>False when the constant is of a type no parameter kind sends.</returns>
        public static bool TryOfConstant(object? value, ApiParameterKind kind, out string? text)
        {
            text = value switch
            {
                null => null,
                bool flag when kind == ApiParameterKind.Flag => Flag(flag),
                bool b => Of(b),
                string s => s,
                int i => Of(i),
                long l => Of(l),
                double d => Of(d),
                float f => Of((double)f),
                IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
                _ => string.Empty,
            };
            return value is null or bool or string or IFormattable;
        }
#endif
    }
}
