using System;
using System.Text.Json.Serialization;

namespace CloudImages.Emulator
{
    /// <summary>A tag of an image: a key and a value, both matched exactly by <c>tag=key=value</c>.</summary>
    /// <param name="Key">The key; it cannot hold '=' (the first '=' of a query separates key and value).</param>
    /// <param name="Value">The value; it may hold '='.</param>
    public sealed record ImageTag(string Key, string Value)
    {
        /// <summary>The key.</summary>
        [JsonInclude] // written to the state file although read-only (its options leave computed properties out)
        public string Key { get; } = Key is { Length: > 0 } && !Key.Contains('=', StringComparison.Ordinal)
            ? Key
            : throw new ArgumentException("A tag key is not empty and holds no '='.", nameof(Key));

        /// <summary>The value.</summary>
        [JsonInclude]
        public string Value { get; } = Value ?? throw new ArgumentNullException(nameof(Value));

        /// <summary>The form the response lists: <c>key.value</c>, as the page's note on tags describes.</summary>
        public override string ToString() => Key + "." + Value;
    }
}
