using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace CloudImages.Runtime
{
    /// <summary>Reads the code and message out of an error body, tolerating bodies that are not JSON or not of the documented shape.</summary>
    /// <remarks>Never throws: a code or message that cannot be read (not JSON, not Unicode) is absent.</remarks>
    internal static class ErrorBody
    {
        /// <summary>The string at the first of the dotted <paramref name="fields"/> that the body has.</summary>
        public static string? FirstString(ReadOnlySpan<byte> body, IReadOnlyList<string> fields)
        {
            foreach (var field in fields)
            {
                if (TryReadString(body, field.Split('.')) is { } value)
                {
                    return value;
                }
            }

            return null;
        }

        private static string? TryReadString(ReadOnlySpan<byte> body, IReadOnlyList<string> path)
        {
            if (path.Count == 0)
            {
                return null;
            }

            if (body.StartsWith(Encoding.UTF8.Preamble))
            {
                body = body[Encoding.UTF8.Preamble.Length..];
            }

            try
            {
                var reader = new Utf8JsonReader(body, JsonRead.ReaderOptions);
                if (!reader.Read())
                {
                    return null;
                }

                for (var depth = 0; depth < path.Count; depth++)
                {
                    if (reader.TokenType != JsonTokenType.StartObject || !MoveToProperty(ref reader, path[depth]))
                    {
                        return null;
                    }
                }

                string? value = null;
                return JsonRead.TryReadString(ref reader, ref value) ? value : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        /// <summary>From an object's start, moves to the value of <paramref name="name"/>.</summary>
        private static bool MoveToProperty(ref Utf8JsonReader reader, string name)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var matches = JsonText.TextEquals(ref reader, name);
                if (!reader.Read())
                {
                    return false;
                }

                if (matches)
                {
                    return true;
                }

                reader.Skip();
            }

            return false;
        }
    }
}
