using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Deserialization.Stj
{
    /// <summary>JSON sent inside a string (<c>__os_feature_list</c>), parsed into a JsonElement.</summary>
    public sealed class JsonInStringConverter : JsonConverter<JsonElement?>
    {
        public override JsonElement? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return JsonElement.ParseValue(ref reader);
            }

            // Unescape into pooled bytes rather than a string, and parse those.
            var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
            var buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                var written = reader.CopyString(buffer);
                using var document = JsonDocument.Parse(buffer.AsMemory(0, written));
                return document.RootElement.Clone();
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        public override void Write(Utf8JsonWriter writer, JsonElement? value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(value?.GetRawText());
        }
    }
}
