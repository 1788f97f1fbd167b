#if NETSTANDARD2_0
namespace System.Collections.Generic
{
    /// <summary>Dictionary.TryAdd and pair deconstruction of .NET Core 2.0 and later, for the netstandard2.0 build.</summary>
    internal static class CollectionExtensions
    {
        public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
            where TKey : notnull
        {
            if (dictionary.ContainsKey(key))
            {
                return false;
            }

            dictionary.Add(key, value);
            return true;
        }

        public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
        {
            key = pair.Key;
            value = pair.Value;
        }
    }
}
#endif
