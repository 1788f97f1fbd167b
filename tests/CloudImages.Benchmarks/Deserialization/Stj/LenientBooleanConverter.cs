using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Deserialization.Stj
{
    /// <summary>A boolean sent as true/false or as the string "true"/"True"/"false", as IMS sends them.</summary>
    public sealed class LenientBooleanConverter : JsonConverter<bool?>
    {
        public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                case JsonTokenType.String when !reader.ValueIsEscaped && !reader.HasValueSequence:
                    if (Ascii.EqualsIgnoreCase(reader.ValueSpan, "true"u8))
                    {
                        return true;
                    }

                    if (Ascii.EqualsIgnoreCase(reader.ValueSpan, "false"u8))
                    {
                        return false;
                    }

                    break;
                case JsonTokenType.String when bool.TryParse(reader.GetString(), out var parsed):
                    return parsed;
            }

            throw new JsonException($"Expected a boolean, found {reader.TokenType}.");
        }

        public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(value == true ? "true" : "false");
        }
    }
}
