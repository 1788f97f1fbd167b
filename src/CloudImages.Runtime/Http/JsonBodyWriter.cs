using System.Text.Json;

namespace CloudImages.Runtime
{
    /// <summary>Writes one value as a JSON request body; generated clients emit one per body type.</summary>
    /// <typeparam name="T">The type of the body.</typeparam>
    /// <param name="writer">The writer to write the value with, as one complete JSON value.</param>
    /// <param name="value">The value to write.</param>
    public delegate void JsonBodyWriter<in T>(Utf8JsonWriter writer, T value);
}
