using System.Reflection;
using Newtonsoft.Json;

namespace CloudImages.Benchmarks.Deserialization.SdkStyle
{
    /// <summary>The official SDK's class-enum converter, as strict as it is (huaweicloud/huaweicloud-sdk-net-v3,
    /// Core/EnumClassConverter.cs): a JSON value that is not a string goes through
    /// <c>Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(string)))</c>, which is
    /// <c>Convert.ChangeType(value, null)</c> and throws ArgumentNullException, so <c>"__os_bit": 64</c> or
    /// <c>"__isregistered": true</c> fails the whole response. Known text goes through FromValue by reflection, other
    /// text through the constructor, looked up by reflection on every such value.</summary>
    public sealed class SdkEnumConverter<T> : JsonConverter
    {
        // EnumClassConverter.cs: typeof(T).GetField("Value", BindingFlags.Instance | BindingFlags.NonPublic).
        private readonly FieldInfo _value = typeof(SdkEnum<>).MakeGenericType(typeof(T))
            .GetField("_value", BindingFlags.Instance | BindingFlags.NonPublic)!;

        // EnumClassConverter.cs: typeof(T).GetMethod("FromValue").
        private readonly MethodInfo _methodFromValue =
            typeof(T).GetMethod("FromValue", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!;

        public override bool CanConvert(Type objectType) => throw new NotImplementedException();

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            ArgumentNullException.ThrowIfNull(reader);
            if (reader.Value == null)
            {
                return null;
            }

            var actualValue = reader.Value;
            if (reader.ValueType != _value.FieldType)
            {
                // As the SDK: the underlying type of a non-nullable string is null, so this throws for 64 or true.
                actualValue = Convert.ChangeType(reader.Value, Nullable.GetUnderlyingType(_value.FieldType)!, System.Globalization.CultureInfo.CurrentCulture);
            }

            var obj = _methodFromValue.Invoke(null, [actualValue]);
            if (obj == null)
            {
                var constructor = typeof(T).GetConstructor([_value.FieldType])!;
                obj = constructor.Invoke([actualValue]);
            }

            return obj;
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteValue(value?.ToString());
        }
    }
}
