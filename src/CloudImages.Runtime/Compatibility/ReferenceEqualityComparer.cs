#if NETSTANDARD2_0
using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    /// <summary>The reference comparer of .NET 5 and later, for the netstandard2.0 build: records compare by value,
    /// and a walk over an object graph must tell instances apart.</summary>
    internal sealed class ReferenceEqualityComparer : IEqualityComparer<object?>
    {
        private ReferenceEqualityComparer()
        {
        }

        public static ReferenceEqualityComparer Instance { get; } = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object? obj) => RuntimeHelpers.GetHashCode(obj!);
    }
}
#endif
