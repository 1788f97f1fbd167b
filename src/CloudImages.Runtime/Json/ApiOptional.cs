using System;
using System.Collections.Generic;

namespace CloudImages.Runtime
{
    /// <summary>A body member that the documentation lets you send as <c>null</c>: unset (the default) leaves it out
    /// of the body, a value sends it, and <c>null</c> sends <c>null</c>. Assign a value or null directly:
    /// <c>request.Description = null;</c>.</summary>
    /// <typeparam name="T">The member's type, nullable.</typeparam>
    public readonly struct ApiOptional<T> : IEquatable<ApiOptional<T>>
    {
        /// <summary>A member set to <paramref name="value"/>, which may be null.</summary>
        /// <param name="value">The value.</param>
        public ApiOptional(T value)
        {
            Value = value;
            IsSet = true;
        }

        /// <summary>Whether the member is sent.</summary>
        public bool IsSet { get; }

        /// <summary>The value sent; null is sent as JSON null. Meaningless when <see cref="IsSet"/> is false.</summary>
        public T Value { get; }

        /// <summary>Sets the member.</summary>
        /// <param name="value">The value; null sends null.</param>
        public static implicit operator ApiOptional<T>(T value) => new(value);

        /// <inheritdoc/>
        public static bool operator ==(ApiOptional<T> left, ApiOptional<T> right) => left.Equals(right);

        /// <inheritdoc/>
        public static bool operator !=(ApiOptional<T> left, ApiOptional<T> right) => !left.Equals(right);

        /// <inheritdoc/>
        public bool Equals(ApiOptional<T> other) => IsSet == other.IsSet && EqualityComparer<T>.Default.Equals(Value, other.Value);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is ApiOptional<T> other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => IsSet ? EqualityComparer<T>.Default.GetHashCode(Value!) ^ 1 : 0;

        /// <inheritdoc/>
        public override string ToString() => !IsSet ? "(unset)" : Value?.ToString() ?? "null";
    }
}
