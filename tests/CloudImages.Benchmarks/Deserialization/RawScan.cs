using System.Text.Json;

namespace CloudImages.Benchmarks.Deserialization
{
    /// <summary>The floor: one Utf8JsonReader pass over the bytes that reads every token and materializes nothing.</summary>
    public static class RawScan
    {
        public static int CountTokens(ReadOnlySpan<byte> utf8Json)
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
            var tokens = 0;
            while (reader.Read())
            {
                tokens++;
            }

            return tokens;
        }
    }
}
