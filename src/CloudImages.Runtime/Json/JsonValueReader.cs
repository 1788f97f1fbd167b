using System.Text.Json;

namespace CloudImages.Runtime
{
    /// <summary>Reads one value, the reader being on its first token.</summary>
    public delegate T JsonValueReader<out T>(ref Utf8JsonReader reader);
}
