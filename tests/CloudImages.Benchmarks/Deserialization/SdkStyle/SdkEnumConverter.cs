using System.Globalization;
using System.Reflection;
using Newtonsoft.Json;

namespace CloudImages.Benchmarks.Deserialization.SdkStyle
{
    /// <summary>Reads a class enum the way the official SDK's converter does: through reflection on every value
    /// (FromValue, then the constructor for a value it does not know).</summary>
    public sealed class SdkEnumConverter<T> : JsonConverter
    {
        private readonly MethodInfo _fromValue =
            typeof(T).GetMethod("FromValue", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!;

        private readonly ConstructorInfo _constructor =
            typeof(T).GetConstructor(BindingFlags.Public | BindingFlags.Instance, [typeof(string), typeof(bool)])!;

        public override bool CanConvert(Type objectType) => objectType == typeof(T);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            ArgumentNullException.ThrowIfNull(reader);
            if (reader.Value is null)
            {
                return null;
            }

            var text = reader.Value as string ?? Convert.ToString(reader.Value, CultureInfo.InvariantCulture);
            return _fromValue.Invoke(null, [text]) ?? _constructor.Invoke([text, false]);
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteValue(value?.ToString());
        }
    }
}
