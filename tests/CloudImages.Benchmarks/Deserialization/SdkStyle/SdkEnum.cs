using System.Runtime.CompilerServices;

namespace CloudImages.Benchmarks.Deserialization.SdkStyle
{
    /// <summary>The official SDK's "class enum": a class with one static instance per documented value, looked up
    /// by string; compared case-insensitively, as the SDK does.</summary>
    public abstract class SdkEnum<TSelf> : IEquatable<TSelf>
        where TSelf : SdkEnum<TSelf>
    {
        private static readonly Dictionary<string, TSelf> Known = new(StringComparer.Ordinal);
        private readonly string _value;

        protected SdkEnum(string value, bool known)
        {
            _value = value;
            if (known)
            {
                Known[value] = (TSelf)this;
            }
        }

        public static TSelf? FromValue(string? value)
        {
            RuntimeHelpers.RunClassConstructor(typeof(TSelf).TypeHandle);
            return value is not null && Known.TryGetValue(value, out var known) ? known : null;
        }

        public string GetValue() => _value;

        public override string ToString() => _value;

        public bool Equals(TSelf? other) => other is not null && StringComparer.OrdinalIgnoreCase.Equals(_value, other._value);

        public override bool Equals(object? obj) => Equals(obj as TSelf);

        public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value);
    }
}
