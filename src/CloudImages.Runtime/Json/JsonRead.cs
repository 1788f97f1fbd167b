using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CloudImages.Runtime
{
    /// <summary>Lenient readers for generated JSON code.</summary>
    /// <remarks>
    /// Each <c>TryRead</c> method is called with the reader on a value's first token. It returns true with the
    /// typed value (null for JSON null), or false when the value does not fit the type; then the reader has not
    /// moved, and generated code keeps the raw value in the object's <c>AdditionalProperties</c>, so nothing is lost.
    /// What fits: strings take any scalar (numbers and booleans as their JSON text); booleans take true/false and
    /// the strings "true"/"false" in any case; numbers take JSON numbers and strings holding an invariant number;
    /// times take ISO 8601 strings and "yyyy-MM-dd HH:mm:ss" (UTC).
    /// </remarks>
    public static class JsonRead
    {
        /// <summary>The options every generated reader uses: 64 levels at most, no comments, no trailing commas.</summary>
        public static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

        /// <summary>Reads one complete JSON document whose root must be an object.</summary>
        /// <exception cref="JsonException">The text is not JSON, its root is not an object, or data follows it.</exception>
        public static T ParseDocument<T>(ReadOnlySpan<byte> utf8Json, JsonValueReader<T> read)
        {
            if (utf8Json.StartsWith(Encoding.UTF8.Preamble))
            {
                utf8Json = utf8Json[Encoding.UTF8.Preamble.Length..];
            }

            var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
            try
            {
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
            catch (InvalidOperationException ex) when (ex.InnerException is DecoderFallbackException)
            {
                // Utf8JsonReader checks UTF-8 only when a string is read, and reports it as InvalidOperationException.
                throw new JsonException($"The JSON holds invalid UTF-8 near byte {reader.TokenStartIndex}.", ex);
            }
        }

        /// <summary>Throws unless the reader is on the start of an object.</summary>
        public static void ExpectObject(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected a JSON object but found {reader.TokenType} at byte {reader.TokenStartIndex}.");
            }
        }

        /// <summary>The current property name as UTF-8, unescaped, using <paramref name="scratch"/> when it must.</summary>
        public static ReadOnlySpan<byte> PropertyName(in Utf8JsonReader reader, Span<byte> scratch)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                return reader.ValueSpan;
            }

            var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
            if (length <= scratch.Length)
            {
                var written = reader.CopyString(scratch);
                return scratch[..written];
            }

            return Encoding.UTF8.GetBytes(reader.GetString()!);
        }

        /// <summary>Moves from a property name to its value.</summary>
        public static void ReadValue(ref Utf8JsonReader reader)
        {
            if (!reader.Read())
            {
                throw new JsonException("The JSON ends inside an object.");
            }
        }

        /// <summary>Keeps a value the generated type has no typed place for, keyed by its wire name.</summary>
        public static void Keep(ref Dictionary<string, JsonElement>? bag, string name, ref Utf8JsonReader reader)
        {
            bag ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            bag[name] = JsonElement.ParseValue(ref reader);
        }

        /// <summary>Keeps an unknown property; the reader is on its name.</summary>
        public static void KeepUnknown(ref Dictionary<string, JsonElement>? bag, ref Utf8JsonReader reader)
        {
            var name = reader.GetString()!;
            ReadValue(ref reader);
            Keep(ref bag, name, ref reader);
        }

        /// <summary>Reads a string.</summary>
        public static bool TryReadString(ref Utf8JsonReader reader, out string? value)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    value = reader.GetString();
                    return true;
                case JsonTokenType.Null:
                    value = null;
                    return true;
                case JsonTokenType.Number:
                    value = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
                    return true;
                case JsonTokenType.True:
                    value = "true";
                    return true;
                case JsonTokenType.False:
                    value = "false";
                    return true;
                default:
                    value = null;
                    return false;
            }
        }

        /// <summary>Reads a boolean.</summary>
        public static bool TryReadBoolean(ref Utf8JsonReader reader, out bool? value)
        {
            value = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.True:
                    value = true;
                    return true;
                case JsonTokenType.False:
                    value = false;
                    return true;
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.String:
                    Span<byte> scratch = stackalloc byte[8];
                    var text = Scalar(in reader, scratch);
                    if (EqualsIgnoreCase(text, "true"u8))
                    {
                        value = true;
                        return true;
                    }

                    if (EqualsIgnoreCase(text, "false"u8))
                    {
                        value = false;
                        return true;
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>Reads a 32-bit integer.</summary>
        public static bool TryReadInt32(ref Utf8JsonReader reader, out int? value)
        {
            value = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.Number when reader.TryGetInt32(out var number):
                    value = number;
                    return true;
                case JsonTokenType.String:
                    Span<byte> scratch = stackalloc byte[32];
                    var text = Scalar(in reader, scratch);
                    if (Utf8Parser.TryParse(text, out int parsed, out var consumed) && consumed == text.Length)
                    {
                        value = parsed;
                        return true;
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>Reads a 64-bit integer.</summary>
        public static bool TryReadInt64(ref Utf8JsonReader reader, out long? value)
        {
            value = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.Number when reader.TryGetInt64(out var number):
                    value = number;
                    return true;
                case JsonTokenType.String:
                    Span<byte> scratch = stackalloc byte[32];
                    var text = Scalar(in reader, scratch);
                    if (Utf8Parser.TryParse(text, out long parsed, out var consumed) && consumed == text.Length)
                    {
                        value = parsed;
                        return true;
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>Reads a floating-point number.</summary>
        public static bool TryReadDouble(ref Utf8JsonReader reader, out double? value)
        {
            value = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.Number when reader.TryGetDouble(out var number):
                    value = number;
                    return true;
                case JsonTokenType.String:
                    Span<byte> scratch = stackalloc byte[64];
                    var text = Scalar(in reader, scratch);
                    if (Utf8Parser.TryParse(text, out double parsed, out var consumed) && consumed == text.Length && double.IsFinite(parsed))
                    {
                        value = parsed;
                        return true;
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>Reads a time: ISO 8601, or "yyyy-MM-dd HH:mm:ss" taken as UTC.</summary>
        public static bool TryReadDateTimeOffset(ref Utf8JsonReader reader, out DateTimeOffset? value)
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Null)
            {
                return true;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            if (reader.TryGetDateTimeOffset(out var iso))
            {
                value = iso;
                return true;
            }

            if (WireFormats.TryParseTime(reader.GetString()!, out var spaced))
            {
                value = spaced;
                return true;
            }

            return false;
        }

        /// <summary>Reads any JSON value. With <paramref name="insideString"/>, a JSON string is parsed as the JSON
        /// text it holds (a string that is not JSON does not fit); a value that is not a string is taken as it is.</summary>
        public static bool TryReadJson(ref Utf8JsonReader reader, bool insideString, out JsonElement? value)
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Null)
            {
                return true;
            }

            if (insideString && reader.TokenType == JsonTokenType.String)
            {
                try
                {
                    using var document = JsonDocument.Parse(reader.GetString()!, new JsonDocumentOptions { MaxDepth = ReaderOptions.MaxDepth });
                    value = document.RootElement.Clone();
                    return true;
                }
                catch (JsonException)
                {
                    return false;
                }
            }

            value = JsonElement.ParseValue(ref reader);
            return true;
        }

        private static ReadOnlySpan<byte> Scalar(in Utf8JsonReader reader, Span<byte> scratch)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                return reader.ValueSpan;
            }

            var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            return length <= scratch.Length ? scratch[..reader.CopyString(scratch)] : Encoding.UTF8.GetBytes(reader.GetString()!);
        }

        private static bool EqualsIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerAscii)
        {
            if (text.Length != lowerAscii.Length)
            {
                return false;
            }

            for (var i = 0; i < text.Length; i++)
            {
                if ((text[i] | 0x20) != lowerAscii[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
