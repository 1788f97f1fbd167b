using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace CloudImages.Runtime
{
    /// <summary>The values an object had no typed place for (AdditionalProperties), kept as their JSON text and
    /// parsed into JsonElements on first access.</summary>
    /// <remarks>Most callers never look at them, so reading a response costs a copy of their bytes rather than a
    /// JsonDocument per value. A later value of the same name replaces an earlier one.</remarks>
    public sealed class JsonPropertyBag : IReadOnlyDictionary<string, JsonElement>
    {
        private byte[] _json = new byte[128];
        private int _length;
        private Dictionary<string, JsonElement>? _parsed;

        internal JsonPropertyBag()
        {
            _json[_length++] = (byte)'{';
        }

        /// <inheritdoc />
        public int Count => Parsed().Count;

        /// <inheritdoc />
        public IEnumerable<string> Keys => Parsed().Keys;

        /// <inheritdoc />
        public IEnumerable<JsonElement> Values => Parsed().Values;

        /// <inheritdoc />
        public JsonElement this[string key] => Parsed()[key];

        /// <inheritdoc />
        public bool ContainsKey(string key) => Parsed().ContainsKey(key);

        /// <inheritdoc />
        public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value) => Parsed().TryGetValue(key, out value);

        /// <inheritdoc />
        public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => Parsed().GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Adds the value the reader is on, under <paramref name="jsonName"/>: the name as JSON string
        /// content, escaped as it was on the wire.</summary>
        internal void Add(ReadOnlySpan<byte> jsonName, ref Utf8JsonReader reader)
        {
            if (_length > 1)
            {
                Append(","u8);
            }

            Append("\""u8);
            Append(jsonName);
            Append("\":"u8);
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    Append("\""u8);
                    Append(Raw(ref reader));
                    Append("\""u8);
                    break;
                case JsonTokenType.Number:
                    Append(Raw(ref reader));
                    break;
                case JsonTokenType.True:
                    Append("true"u8);
                    break;
                case JsonTokenType.False:
                    Append("false"u8);
                    break;
                case JsonTokenType.Null:
                    Append("null"u8);
                    break;
                default:
                    // An object or an array: its text is only to be had by parsing it (rare).
                    Append(Encoding.UTF8.GetBytes(JsonElement.ParseValue(ref reader).GetRawText()));
                    break;
            }
        }

        private static ReadOnlySpan<byte> Raw(ref Utf8JsonReader reader) =>
            reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;

        private void Append(ReadOnlySpan<byte> bytes)
        {
            if (_length + bytes.Length > _json.Length)
            {
                Array.Resize(ref _json, Math.Max(_json.Length * 2, _length + bytes.Length + 1));
            }

            bytes.CopyTo(_json.AsSpan(_length));
            _length += bytes.Length;
        }

        private Dictionary<string, JsonElement> Parsed()
        {
            if (Volatile.Read(ref _parsed) is { } parsed)
            {
                return parsed;
            }

            var text = new byte[_length + 1];
            _json.AsSpan(0, _length).CopyTo(text);
            text[_length] = (byte)'}';
            var reader = new Utf8JsonReader(text, JsonRead.ReaderOptions);
            reader.Read();
            var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in JsonElement.ParseValue(ref reader).EnumerateObject())
            {
                values[property.Name] = property.Value;
            }

            return Interlocked.CompareExchange(ref _parsed, values, null) ?? values;
        }
    }
}
