using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace CloudImages.Runtime
{
    /// <summary>Lenient readers for generated JSON code.</summary>
    /// <remarks>
    /// Each <c>TryRead</c> method is called with the reader on a value's first token. It returns true with the
    /// typed value (null for JSON null), or false when the value does not fit the type; then neither the reader nor
    /// the value has changed (an earlier value of the same name stays), and generated code keeps the raw value in the
    /// object's <c>AdditionalProperties</c>, so nothing is lost.
    /// What fits: strings take any scalar (numbers and booleans as their JSON text); booleans take true/false and
    /// the strings "true"/"false" in any case; numbers take JSON numbers and strings holding an invariant number;
    /// times take ISO 8601 strings and "yyyy-MM-dd HH:mm:ss", UTC when they name no offset.
    /// Text that is not Unicode (invalid UTF-8, an escaped lone surrogate) throws JsonException, never another.
    /// </remarks>
    public static class JsonRead
    {
        /// <summary>The options every generated reader uses: 64 levels at most, no comments, no trailing commas.</summary>
        public static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

        /// <summary>Reads one complete JSON document whose root must be an object.</summary>
        /// <exception cref="JsonException">The text is not JSON, its root is not an object, data follows it, or it
        /// holds text that is not Unicode.</exception>
        public static T ParseDocument<T>(ReadOnlySpan<byte> utf8Json, JsonValueReader<T> read)
        {
            if (utf8Json.StartsWith(Encoding.UTF8.Preamble))
            {
                utf8Json = utf8Json[Encoding.UTF8.Preamble.Length..];
            }

            using var budget = ObjectBudget.Begin(utf8Json.Length);
            var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
            if (!reader.Read())
            {
                throw new JsonException("The body holds no JSON value.");
            }

            var value = read(ref reader);
            if (reader.Read())
            {
                throw new JsonException($"Unexpected {reader.TokenType} after the JSON value at byte {reader.TokenStartIndex}.");
            }

            return value;
        }

        /// <summary>The current property name as UTF-8, unescaped; only an escaped name (rare) is copied.</summary>
        /// <remarks>By <c>ref</c>, not <c>in</c>: Utf8JsonReader is not a readonly struct, so reading it through
        /// <c>in</c> copies the whole reader for every property.</remarks>
        /// <exception cref="JsonException">An escaped name that is not Unicode.</exception>
        public static ReadOnlySpan<byte> PropertyName(ref Utf8JsonReader reader) => JsonText.Unescaped(ref reader);

        /// <summary>Reads a string.</summary>
        public static bool TryReadString(ref Utf8JsonReader reader, ref string? value)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    value = PooledString(ref reader);
                    return true;
                case JsonTokenType.Null:
                    value = null;
                    return true;
                case JsonTokenType.Number:
                    value = Encoding.UTF8.GetString(JsonText.Raw(ref reader));
                    return true;
                case JsonTokenType.True:
                    value = "true";
                    return true;
                case JsonTokenType.False:
                    value = "false";
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Reads a boolean.</summary>
        public static bool TryReadBoolean(ref Utf8JsonReader reader, ref bool? value)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True:
                    value = true;
                    return true;
                case JsonTokenType.False:
                    value = false;
                    return true;
                case JsonTokenType.Null:
                    value = null;
                    return true;
                case JsonTokenType.String:
                    return TryParseBooleanText(JsonText.Unescaped(ref reader), ref value);
                default:
                    return false;
            }
        }

        /// <summary>Reads a 32-bit integer.</summary>
        public static bool TryReadInt32(ref Utf8JsonReader reader, ref int? value) =>
            TryReadNumber<int, NumberFormats>(ref reader, ref value);

        /// <summary>Reads a 64-bit integer.</summary>
        public static bool TryReadInt64(ref Utf8JsonReader reader, ref long? value) =>
            TryReadNumber<long, NumberFormats>(ref reader, ref value);

        /// <summary>Reads a floating-point number; a string holding infinity or NaN does not fit.</summary>
        public static bool TryReadDouble(ref Utf8JsonReader reader, ref double? value) =>
            TryReadNumber<double, NumberFormats>(ref reader, ref value);

        /// <summary>Reads a time: ISO 8601, or "yyyy-MM-dd HH:mm:ss"; a time without an offset is UTC.</summary>
        public static bool TryReadDateTimeOffset(ref Utf8JsonReader reader, ref DateTimeOffset? value)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                value = null;
                return true;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            // IMS sends every time as yyyy-MM-ddTHH:mm:ssZ: read that shape directly, anything else the general way.
            // Slice(0): the length is loaded as the 4 bytes the reader stored (see JsonText.Unescaped).
            if (!reader.ValueIsEscaped && !reader.HasValueSequence
                && TryParseUtcSeconds(reader.ValueSpan.Slice(0), out var utc))
            {
                value = utc;
                return true;
            }

            return TryReadOtherTime(ref reader, ref value);
        }

        /// <summary>Reads any JSON value that may travel inside a JSON string: TryReadJson with insideString.</summary>
        public static bool TryReadJsonString(ref Utf8JsonReader reader, ref JsonElement? value) =>
            TryReadJson(ref reader, insideString: true, ref value);

        /// <summary>Reads any JSON value: TryReadJson without insideString.</summary>
        public static bool TryReadJson(ref Utf8JsonReader reader, ref JsonElement? value) =>
            TryReadJson(ref reader, insideString: false, ref value);

        /// <summary>Reads any JSON value. With <paramref name="insideString"/>, a JSON string is parsed as the JSON
        /// text it holds (a string that is not JSON does not fit); a value that is not a string is taken as it is.</summary>
        public static bool TryReadJson(ref Utf8JsonReader reader, bool insideString, ref JsonElement? value)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                value = null;
                return true;
            }

            if (insideString && reader.TokenType == JsonTokenType.String)
            {
                // Parsed from the unescaped UTF-8 bytes: no UTF-16 string, and one document rather than a parse and a clone.
                // JSON whose text is not Unicode does not fit; only escapes (rare) need a look at its strings.
                var text = JsonText.Unescaped(ref reader);
                if (Utf8JsonValuePool.Find(text) is { } pooled)
                {
                    // Text met before was valid and held exactly one value.
                    value = pooled;
                    return true;
                }

                if (!Utf8.IsValid(text))
                {
                    return false;
                }

                try
                {
                    var inner = new Utf8JsonReader(text, ReaderOptions);
                    if (!inner.Read())
                    {
                        return false;
                    }

                    if (text.Contains((byte)'\\'))
                    {
                        JsonText.CheckValue(inner);
                    }

                    var element = JsonElement.ParseValue(ref inner);
                    if (inner.Read())
                    {
                        return false;
                    }

                    value = element;
                    Utf8JsonValuePool.Remember(text, element);
                    return true;
                }
                catch (JsonException)
                {
                    return false;
                }
            }

            JsonText.CheckValue(reader);
            value = JsonElement.ParseValue(ref reader);
            return true;
        }

        private static bool TryReadOtherTime(ref Utf8JsonReader reader, ref DateTimeOffset? value)
        {
            try
            {
                // Without an offset Utf8JsonReader takes the machine's zone; the documented layouts mean UTC, and so
                // does this reader, for every layout, whatever the machine. An offset, when given, is kept.
                if (reader.TryGetDateTime(out var clock) && clock.Kind == DateTimeKind.Unspecified)
                {
                    value = new DateTimeOffset(clock, TimeSpan.Zero);
                    return true;
                }

                if (reader.TryGetDateTimeOffset(out var iso))
                {
                    value = iso;
                    return true;
                }
            }
            catch (InvalidOperationException)
            {
                // Escaped text that is not Unicode: GetString below says so as a JsonException.
            }

            if (WireFormats.TryParseTime(JsonText.GetString(ref reader), out var spaced))
            {
                value = spaced;
                return true;
            }

            return false;
        }

        /// <summary>Parses exactly <c>yyyy-MM-ddTHH:mm:ssZ</c>; false for anything else, which the caller reads the general way.</summary>
        private static bool TryParseUtcSeconds(ReadOnlySpan<byte> text, out DateTimeOffset value)
        {
            value = default;
            if (text.Length != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
            {
                return false;
            }

            if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
                || !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second)
                || year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
            return true;
        }

        private static bool TryDigits(ReadOnlySpan<byte> text, int start, int count, out int number)
        {
            number = 0;
            for (var i = start; i < start + count; i++)
            {
                var digit = (uint)(text[i] - '0');
                if (digit > 9)
                {
                    return false;
                }

                number = (number * 10) + (int)digit;
            }

            return true;
        }

        /// <summary>"true" or "false" in any case. Setting bit 5 of each byte folds exactly an ASCII letter's two cases
        /// together, so one masked compare of the word stands for the case-insensitive compare of its letters.</summary>
        private static bool TryParseBooleanText(ReadOnlySpan<byte> text, ref bool? value)
        {
            const uint Lower = 0x20202020;
            if (text.Length == 4 && (BinaryPrimitives.ReadUInt32LittleEndian(text) | Lower) == 0x65757274)
            {
                value = true;
                return true;
            }

            if (text.Length == 5 && (BinaryPrimitives.ReadUInt32LittleEndian(text) | Lower) == 0x736C6166 && (text[4] | 0x20) == 'e')
            {
                value = false;
                return true;
            }

            return false;
        }

        /// <summary>A string value, from the pool when it is short and unescaped.</summary>
        private static string PooledString(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > Utf8StringPool.MaxBytes)
            {
                return JsonText.GetString(ref reader);
            }

            // A hit is ASCII, so Unicode; a miss is checked by GetString.
            return Utf8StringPool.Find(reader.ValueSpan, out var table, out var hash)
                ?? Utf8StringPool.Remember(table, hash, JsonText.GetString(ref reader), reader.ValueSpan);
        }

        /// <summary>A number as a JSON number, or as a string holding an invariant number; null for JSON null.</summary>
        private static bool TryReadNumber<T, TFormat>(ref Utf8JsonReader reader, ref T? value)
            where T : struct
            where TFormat : struct, INumberFormat<T>
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    value = null;
                    return true;
                case JsonTokenType.Number when default(TFormat).TryGet(ref reader, out var number):
                    value = number;
                    return true;
                case JsonTokenType.String when default(TFormat).TryParse(JsonText.Unescaped(ref reader), out var parsed):
                    value = parsed;
                    return true;
                default:
                    return false;
            }
        }

        // A struct per number type, so each TryReadNumber instantiation is compiled for its type: no delegate, no box.
        private interface INumberFormat<T>
        {
            bool TryGet(ref Utf8JsonReader reader, out T value);

            /// <summary>The whole text is the number.</summary>
            bool TryParse(ReadOnlySpan<byte> text, out T value);
        }

        private readonly struct NumberFormats : INumberFormat<int>, INumberFormat<long>, INumberFormat<double>
        {
            public bool TryGet(ref Utf8JsonReader reader, out int value) => reader.TryGetInt32(out value);

            public bool TryGet(ref Utf8JsonReader reader, out long value) => reader.TryGetInt64(out value);

            public bool TryGet(ref Utf8JsonReader reader, out double value) => reader.TryGetDouble(out value);

            public bool TryParse(ReadOnlySpan<byte> text, out int value) =>
                Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length;

            public bool TryParse(ReadOnlySpan<byte> text, out long value) =>
                Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length;

            public bool TryParse(ReadOnlySpan<byte> text, out double value) =>
                Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length && double.IsFinite(value);
        }
    }
}
