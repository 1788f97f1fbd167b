namespace CloudImages.Generators.Text
{
    /// <summary>FNV-1a: the same text gives the same hash on every machine and run.</summary>
    internal static class StableHash
    {
        public static string Hex8(string text)
        {
            unchecked
            {
                var hash = 2166136261u;
                foreach (var c in text)
                {
                    hash = (hash ^ c) * 16777619u;
                }

                return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
