#if NETSTANDARD2_0
namespace System.Buffers
{
    /// <summary>.NET 8's set of ASCII characters to search for, for the netstandard2.0 build: a lookup table.</summary>
    internal sealed class SearchValues<T>
        where T : IEquatable<T>
    {
        private readonly bool[] _ascii;

        internal SearchValues(bool[] ascii) => _ascii = ascii;

        internal bool Contains(char c) => c < _ascii.Length && _ascii[c];
    }

    /// <summary>Creates <see cref="SearchValues{T}"/> and searches with them, as .NET 8 does.</summary>
    internal static class SearchValues
    {
        public static SearchValues<char> Create(string values)
        {
            var ascii = new bool[128];
            foreach (var c in values)
            {
                ascii[c] = true;
            }

            return new SearchValues<char>(ascii);
        }

        /// <summary>The index of the first character not in <paramref name="values"/>, or -1.</summary>
        public static int IndexOfAnyExcept(this ReadOnlySpan<char> span, SearchValues<char> values)
        {
            for (var i = 0; i < span.Length; i++)
            {
                if (!values.Contains(span[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
#endif
