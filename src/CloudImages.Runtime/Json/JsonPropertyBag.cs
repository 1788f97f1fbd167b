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
    /// <remarks>
    /// Most callers never look at them, so reading a response costs a copy of their bytes rather than a JsonDocument
    /// per value. The text is checked to be Unicode as it is copied, so reading it back never throws. A name the
    /// object gave more than once maps to a JSON array of its values, in the order sent.
    /// While <see cref="JsonObjectFields"/> tracks repeated documented names, every documented value is kept too,
    /// marked tentative: the last tentative value of a name is the one its typed property holds, and is left out.
    /// </remarks>
    public sealed class JsonPropertyBag : IReadOnlyDictionary<string, JsonElement>
    {
        // The kept text was read within its reader's depth limit already, and sits a level or two deeper here.
        private static readonly JsonReaderOptions KeptText = new() { MaxDepth = int.MaxValue };

        private byte[] _json = new byte[128];
        private int _length;
        private int _count;
        private bool[]? _tentative;
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

        internal bool IsTracking => _tentative is not null;

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
        internal void Add(scoped ReadOnlySpan<byte> jsonName, ref Utf8JsonReader reader, bool tentative = false)
        {
            // Name, quotes, colon and comma in one step: most values kept are short scalars, and a copy call
            // for each byte of punctuation cost more than the value's own copy.
            Reserve(jsonName.Length + 4);
            if (_count > 0)
            {
                _json[_length++] = (byte)',';
            }

            AppendQuoted(jsonName);
            _json[_length++] = (byte)':';
            AppendValue(ref reader);
            if (_tentative is not null)
            {
                if (_count == _tentative.Length)
                {
                    Array.Resize(ref _tentative, _count * 2);
                }

                _tentative[_count] = tentative;
            }

            _count++;
        }

        /// <summary>The value added last, tentatively, did not fit its typed property after all: it stays.</summary>
        internal void KeepLast() => _tentative![_count - 1] = false;

        /// <summary>Starts tracking: rebuilds the bag from the object's properties before the one at
        /// <paramref name="end"/>, marking those it did not hold (the documented values that fit) tentative.</summary>
        /// <param name="scan">A reader on the object's start.</param>
        /// <param name="end">Where the first repeated name starts.</param>
        internal void StartTracking(Utf8JsonReader scan, long end)
        {
            // Before the first repeat each documented name came once, and the bag held exactly the unknown values
            // and those that did not fit, in order. So the next value the bag held is the current property's if,
            // and only if, their names are equal: a later value of the same name would be an earlier repeat.
            var heldText = new byte[_length + 1];
            _json.AsSpan(0, _length).CopyTo(heldText);
            heldText[_length] = (byte)'}';
            var held = new Utf8JsonReader(heldText, KeptText);
            held.Read();
            held.Read();

            _json = new byte[Math.Max(128, _json.Length)];
            _length = 0;
            _count = 0;
            _tentative = new bool[8];
            _json[_length++] = (byte)'{';
            while (scan.Read() && scan.TokenType == JsonTokenType.PropertyName && scan.TokenStartIndex < end)
            {
                var wasHeld = held.TokenType == JsonTokenType.PropertyName
                    && held.ValueTextEquals(JsonText.Unescaped(ref scan));
                if (wasHeld)
                {
                    held.Read();
                    held.Skip();
                    held.Read();
                }

                var name = JsonText.Raw(ref scan).ToArray();
                scan.Read();
                Add(name, ref scan, tentative: !wasHeld);
            }
        }

        /// <summary>Copies the value the reader is on, token by token, checking its text.</summary>
        private void AppendValue(ref Utf8JsonReader reader)
        {
            if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                AppendToken(ref reader);
                return;
            }

            var depth = reader.CurrentDepth;
            var comma = false;
            while (true)
            {
                if (comma && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
                {
                    Append((byte)',');
                }

                AppendToken(ref reader);

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

        private void AppendToken(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    Append((byte)'{');
                    break;
                case JsonTokenType.EndObject:
                    Append((byte)'}');
                    break;
                case JsonTokenType.StartArray:
                    Append((byte)'[');
                    break;
                case JsonTokenType.EndArray:
                    Append((byte)']');
                    break;
                case JsonTokenType.PropertyName:
                    JsonText.Check(ref reader);
                    AppendQuoted(JsonText.Raw(ref reader));
                    Append((byte)':');
                    break;
                case JsonTokenType.String:
                    JsonText.Check(ref reader);
                    AppendQuoted(JsonText.Raw(ref reader));
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
        }

        private void Append(ReadOnlySpan<byte> bytes)
        {
            Reserve(bytes.Length);
            bytes.CopyTo(_json.AsSpan(_length));
            _length += bytes.Length;
        }

        private void Append(byte value)
        {
            Reserve(1);
            _json[_length++] = value;
        }

        /// <summary>Appends <paramref name="text"/> between quotes.</summary>
        private void AppendQuoted(ReadOnlySpan<byte> text)
        {
            Reserve(text.Length + 2);
            _json[_length++] = (byte)'"';
            text.CopyTo(_json.AsSpan(_length));
            _length += text.Length;
            _json[_length++] = (byte)'"';
        }

        /// <summary>Makes room for <paramref name="count"/> more bytes.</summary>
        private void Reserve(int count)
        {
            if (_length + count > _json.Length)
            {
                Array.Resize(ref _json, Math.Max(_json.Length * 2, _length + count + 1));
            }
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
            var properties = new List<JsonProperty>(_count);
            foreach (var property in JsonElement.ParseValue(ref reader).EnumerateObject())
            {
                properties.Add(property);
            }

            var values = Group(properties, TypedValues(properties));
            return Interlocked.CompareExchange(ref _parsed, values, null) ?? values;
        }

        /// <summary>The positions of the values typed properties hold: the last tentative one of each name.</summary>
        private HashSet<int>? TypedValues(List<JsonProperty> properties)
        {
            if (_tentative is null)
            {
                return null;
            }

            var last = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < properties.Count; i++)
            {
                if (_tentative[i])
                {
                    last[properties[i].Name] = i;
                }
            }

            return new HashSet<int>(last.Values);
        }

        private static Dictionary<string, JsonElement> Group(List<JsonProperty> properties, HashSet<int>? skip)
        {
            var values = new Dictionary<string, JsonElement>(properties.Count, StringComparer.Ordinal);
            Dictionary<string, List<JsonElement>>? repeated = null;
            for (var i = 0; i < properties.Count; i++)
            {
                var (name, value) = (properties[i].Name, properties[i].Value);
                if (skip?.Contains(i) == true || values.TryAdd(name, value))
                {
                    continue;
                }

                repeated ??= new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
                if (!repeated.TryGetValue(name, out var list))
                {
                    repeated[name] = list = new List<JsonElement> { values[name] };
                }

                list.Add(value);
            }

            foreach (var (name, list) in repeated ?? new Dictionary<string, List<JsonElement>>())
            {
                values[name] = ArrayOf(list);
            }

            return values;
        }

        private static JsonElement ArrayOf(List<JsonElement> items)
        {
            var text = new ArrayBufferWriter<byte>();
            text.Write("["u8);
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    text.Write(","u8);
                }

                text.Write(Encoding.UTF8.GetBytes(items[i].GetRawText()));
            }

            text.Write("]"u8);
            var reader = new Utf8JsonReader(text.WrittenSpan, KeptText);
            reader.Read();
            return JsonElement.ParseValue(ref reader);
        }
    }
}
