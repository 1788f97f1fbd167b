using System;

namespace CloudImages.Runtime
{
    /// <summary>A <c>key=value</c> filter, such as an image tag.</summary>
    /// <remarks>Text is kept exactly as given; text without a key and '=' is kept too, and reported by the
    /// query's <c>Validate()</c> before anything is sent.</remarks>
    public readonly struct KeyValueFilter : IEquatable<KeyValueFilter>
    {
        private readonly string? _text;

        /// <summary>Creates <c>key=value</c>. The key cannot be empty or hold '='.</summary>
        public KeyValueFilter(string key, string value)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            ArgumentNullException.ThrowIfNull(value);
            if (key.Contains('=', StringComparison.Ordinal))
            {
                throw new ArgumentException("The key cannot hold '=': the first '=' separates key and value.", nameof(key));
            }

            _text = key + "=" + value;
        }

        private KeyValueFilter(string text, bool _) => _text = text;

        /// <summary>The part before the first '='.</summary>
        public string Key => Split().Key;

        /// <summary>The part after the first '='.</summary>
        public string Value => Split().Value;

        /// <summary>False when built from text that has no key and '='.</summary>
        public bool IsValid => _text is not null && WireFormats.IsValidKeyValue(_text);

        /// <summary>Keeps <paramref name="text"/> as the wire value; see the remarks on <see cref="KeyValueFilter"/>.</summary>
        public static implicit operator KeyValueFilter(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), true);

        /// <summary>Equality of the wire text.</summary>
        public static bool operator ==(KeyValueFilter left, KeyValueFilter right) => left.Equals(right);

        /// <summary>Inequality of the wire text.</summary>
        public static bool operator !=(KeyValueFilter left, KeyValueFilter right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(KeyValueFilter other) => string.Equals(_text, other._text, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is KeyValueFilter other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text);

        /// <summary>The wire text.</summary>
        public override string ToString() => _text ?? string.Empty;

        private (string Key, string Value) Split()
        {
            var text = _text ?? string.Empty;
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            return equals < 0 ? (text, string.Empty) : (text[..equals], text[(equals + 1)..]);
        }
    }
}
