using System;
using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;

namespace CloudImages.Runtime
{
    /// <summary>Strings and property names as text, checked to be Unicode: valid UTF-8 and no escaped lone surrogate
    /// (<c>"\ud800"</c>). Utf8JsonReader checks neither while it tokenizes, and throws InvalidOperationException when
    /// such a string is read; here it is a JsonException, the one exception a reader documents.</summary>
    internal static class JsonText
    {
        /// <summary>The current token's text as it is on the wire: a string's or name's escapes kept, a number's
        /// digits.</summary>
        public static ReadOnlySpan<byte> Raw(ref Utf8JsonReader reader) =>
            reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;

        /// <summary>The current string or name as a string.</summary>
        /// <exception cref="JsonException">The text is not Unicode.</exception>
        public static string GetString(ref Utf8JsonReader reader)
        {
#if NET
            // Nearly every value is ASCII: checked and widened in two vector loops, it is made faster than through the
            // strict UTF8Encoding that Utf8JsonReader.GetString uses (Latin-1 widens each byte; ASCII is its subset).
            if (!reader.ValueIsEscaped && !reader.HasValueSequence && System.Text.Ascii.IsValid(reader.ValueSpan))
            {
                return System.Text.Encoding.Latin1.GetString(reader.ValueSpan);
            }
#endif

            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException ex)
            {
                throw NotUnicode(ref reader, ex);
            }
        }

        /// <summary>The current string's or name's UTF-8, unescaped; only escaped text (rare) is copied, and checked.
        /// Unescaped text is returned as it is: callers that keep it check it with <see cref="Check"/>.</summary>
        /// <exception cref="JsonException">Escaped text that is not Unicode.</exception>
        /// <remarks>Slice(0) makes a new span of the reader's two fields, so the JIT loads the length as the 4 bytes
        /// the reader just stored, never 8 bytes across them: such a load cannot be forwarded from the store and
        /// waits for it.</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader reader) =>
            !reader.ValueIsEscaped && !reader.HasValueSequence ? reader.ValueSpan.Slice(0) : Unescape(ref reader);

        /// <summary>Throws unless the current string or name is Unicode.</summary>
        /// <exception cref="JsonException">It is not.</exception>
        public static void Check(ref Utf8JsonReader reader)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                if (!Utf8.IsValid(reader.ValueSpan))
                {
                    throw NotUnicode(ref reader, null);
                }

                return;
            }

            Unescape(ref reader);
        }

        /// <summary>Throws unless every string and name of the current value is Unicode; the caller's reader does
        /// not move.</summary>
        /// <exception cref="JsonException">One is not, or the JSON ends inside the value.</exception>
        public static void CheckValue(Utf8JsonReader reader)
        {
            var depth = reader.CurrentDepth;
            while (true)
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    Check(ref reader);
                }

                var opens = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
                if (reader.CurrentDepth == depth && !opens)
                {
                    return;
                }

                if (!reader.Read())
                {
                    throw new JsonException("The JSON ends inside a value.");
                }
            }
        }

        /// <summary>Whether the current name or string equals <paramref name="text"/>; false when it is not
        /// Unicode.</summary>
        public static bool TextEquals(ref Utf8JsonReader reader, string text)
        {
            try
            {
                return reader.ValueTextEquals(text);
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        private static ReadOnlySpan<byte> Unescape(ref Utf8JsonReader reader)
        {
            var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
            var copy = new byte[length];
            try
            {
                // CopyString unescapes and checks the UTF-8 as it goes.
                return copy.AsSpan(0, reader.CopyString(copy));
            }
            catch (InvalidOperationException ex)
            {
                throw NotUnicode(ref reader, ex);
            }
        }

        private static JsonException NotUnicode(ref Utf8JsonReader reader, Exception? inner) => new(
            "The JSON holds text that is not Unicode (invalid UTF-8, or an escaped lone surrogate) at byte "
            + reader.TokenStartIndex.ToString(CultureInfo.InvariantCulture) + ".",
            inner);
    }
}
