using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CloudImages.Runtime
{
    /// <summary>One object as a generated reader reads it: which documented fields it has given so far, and what it
    /// keeps for AdditionalProperties.</summary>
    /// <remarks>
    /// A name given more than once loses nothing: the typed property ends with the last value that fits it, and every
    /// other value stays in AdditionalProperties. Objects without a repeated documented name (nearly all) pay one bit
    /// test per field. At the first repeat, the object's earlier properties are scanned once more (tokens only, nothing
    /// is read twice into types) and from then on every documented value is also kept, tentatively (see
    /// <see cref="JsonPropertyBag"/>), so the cost stays linear however often a name repeats.
    /// </remarks>
    public ref struct JsonObjectFields
    {
        private readonly Utf8JsonReader _start;
        private ulong _seen;
        private ulong[]? _seenBeyond64;
        private JsonPropertyBag? _kept;

        /// <summary>Starts on the object the reader is on, and charges the object its schema's fields take to the
        /// document's <see cref="ObjectBudget"/>.</summary>
        /// <param name="reader">The reader, on the object's start.</param>
        /// <param name="fieldCount">How many fields the object's schema documents.</param>
        /// <exception cref="JsonException">The reader is not on the start of an object, or the document's objects
        /// would take more than its budget.</exception>
        public JsonObjectFields(scoped ref Utf8JsonReader reader, int fieldCount)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException(
                    $"Expected a JSON object but found {reader.TokenType} at byte {reader.TokenStartIndex}.");
            }

            ObjectBudget.ChargeObject(fieldCount);
            _start = reader;
        }

        /// <summary>What the object kept; null when there was nothing to keep.</summary>
        public readonly JsonPropertyBag? Additional => _kept;

        /// <summary>Moves from the name of documented field <paramref name="field"/> (its index in the schema) to its
        /// value.</summary>
        /// <exception cref="JsonException">The JSON ends there, or a repeated name's text is not Unicode.</exception>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void ReadValue(int field, ref Utf8JsonReader reader)
        {
            // Inlined with a constant field, this is a bit test and a Read for the first value of a name; once
            // tracking, every bit is set, so every value goes the other way.
            var bit = 1UL << field;
            if (field < 64 && (_seen & bit) == 0)
            {
                _seen |= bit;
                if (!reader.Read())
                {
                    ThrowEnded();
                }

                return;
            }

            ReadOtherValue(field, ref reader);
        }

        /// <summary>Keeps the value of a documented field that did not fit its type; the reader is left on the
        /// value's last token.</summary>
        public void Keep(string name, ref Utf8JsonReader reader)
        {
            if (_kept is { IsTracking: true })
            {
                // Kept already, when it was read.
                _kept.KeepLast();
                reader.Skip();
                return;
            }

            (_kept ??= new JsonPropertyBag()).Add(JsonEncodedText.Encode(name).EncodedUtf8Bytes, ref reader);
        }

        /// <summary>Keeps a property the schema does not document; the reader is on its name, and is left on the
        /// value's last token.</summary>
        /// <exception cref="JsonException">Its name or value holds text that is not Unicode, or the JSON
        /// ends.</exception>
        public void KeepUnknown(ref Utf8JsonReader reader)
        {
            // The name as it was on the wire, escapes and all: the bag keeps JSON text, and unescapes on first access.
            JsonText.Check(ref reader);
            var name = JsonText.Raw(ref reader);
            Next(ref reader);
            (_kept ??= new JsonPropertyBag()).Add(name, ref reader);
        }

        private static void Next(ref Utf8JsonReader reader)
        {
            if (!reader.Read())
            {
                ThrowEnded();
            }
        }

        [DoesNotReturn]
        private static void ThrowEnded() => throw new JsonException("The JSON ends inside an object.");

        /// <summary>A repeated name, any name once tracking, or a field from the 65th on.</summary>
        private void ReadOtherValue(int field, ref Utf8JsonReader reader)
        {
            if (_kept is { IsTracking: true } || Repeats(field))
            {
                Track(ref reader);
                return;
            }

            Next(ref reader);
        }

        private bool Repeats(int field)
        {
            if (field < 64)
            {
                return (_seen & (1UL << field)) != 0;
            }

            var word = (field >> 6) - 1;
            if (_seenBeyond64 is null || _seenBeyond64.Length <= word)
            {
                Array.Resize(ref _seenBeyond64, word + 1);
            }

            var bit = 1UL << (field & 63);
            var seen = (_seenBeyond64[word] & bit) != 0;
            _seenBeyond64[word] |= bit;
            return seen;
        }

        /// <summary>Keeps the documented value at the reader tentatively; the first repeat starts tracking.</summary>
        private void Track(ref Utf8JsonReader reader)
        {
            _kept ??= new JsonPropertyBag();
            if (!_kept.IsTracking)
            {
                _kept.StartTracking(_start, reader.TokenStartIndex);
                _seen = ulong.MaxValue;
            }

            var name = JsonText.Raw(ref reader).ToArray();
            Next(ref reader);
            var value = reader;
            _kept.Add(name, ref value, tentative: true);
        }
    }
}
