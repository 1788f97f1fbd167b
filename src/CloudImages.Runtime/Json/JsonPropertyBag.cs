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
    /// JsonDocument per value. The text is checked to be Unicode as it is copied, so reading it back never throws.
    /// A later value of the same name replaces an earlier one.</remarks>
    public sealed class JsonPropertyBag : IReadOnlyDictionary<string, JsonElement>
    {
        // The kept text was read within its reader's depth limit already, and sits a level or two deeper here.
        private static readonly JsonReaderOptions KeptText = new() { MaxDepth = int.MaxValue };

        private byte[] _json = new byte[128];
        private int _length;
        private int _count;
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
        /// content, escaped as it was on the wire. The reader is left on the value's last token.</summary>
        /// <exception cref="JsonException">The value holds text that is not Unicode.</exception>
        internal void Add(scoped ReadOnlySpan<byte> jsonName, ref Utf8JsonReader reader)
        {
            if (_count > 0)
            {
                Append(","u8);
            }

            Append("\""u8);
            Append(jsonName);
            Append("\":"u8);
            AppendValue(ref reader);
            _count++;
        }

        /// <summary>Copies the value the reader is on, token by token, checking its text.</summary>
        private void AppendValue(ref Utf8JsonReader reader)
        {
            var depth = reader.CurrentDepth;
            var comma = false;
            while (true)
            {
                if (comma && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
                {
                    Append(","u8);
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        Append("{"u8);
                        break;
                    case JsonTokenType.EndObject:
                        Append("}"u8);
                        break;
                    case JsonTokenType.StartArray:
                        Append("["u8);
                        break;
                    case JsonTokenType.EndArray:
                        Append("]"u8);
                        break;
                    case JsonTokenType.PropertyName:
                        JsonText.Check(ref reader);
                        Append("\""u8);
                        Append(JsonText.Raw(ref reader));
                        Append("\":"u8);
                        break;
                    case JsonTokenType.String:
                        JsonText.Check(ref reader);
                        Append("\""u8);
                        Append(JsonText.Raw(ref reader));
                        Append("\""u8);
                        break;
                    case JsonTokenType.Number:
                        Append(JsonText.Raw(ref reader));
                        break;
                    case JsonTokenType.True:
                        Append("true"u8);
                        break;
                    case JsonTokenType.False:
                        Append("false"u8);
                        break;
                    default:
                        Append("null"u8);
                        break;
                }

                // A comma goes before the next name or value unless this token opened a container or named a value.
                var opens = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
                comma = !opens && reader.TokenType != JsonTokenType.PropertyName;
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
            var reader = new Utf8JsonReader(text, KeptText);
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
