using System.Text.Json;

namespace CloudImages.Benchmarks.Deserialization
{
    /// <summary>The floor: one Utf8JsonReader pass over the bytes that reads every token and materializes nothing;
    /// and the same pass making a string of every string value, which no reader that returns strings goes below.</summary>
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

        public static int MaterializeStrings(ReadOnlySpan<byte> utf8Json)
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
            var characters = 0;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.String)
                {
                    characters += reader.GetString()!.Length;
                }
            }

            return characters;
        }
    }
}
