using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Generators.Shared
{
    /// <summary>The generator's part of the shared rule type (see src/Shared), which its models carry as they are:
    /// value equality over <see cref="Fields"/>, so models compare by content and pipeline steps cache.</summary>
    /// <remarks>A rule is complete when the reader returns it and nothing sets its properties afterwards.</remarks>
    internal sealed partial class ApiRule : IEquatable<ApiRule>
    {
        public bool Equals(ApiRule? other) =>
            other is not null && Fields.All(f => ValueEquals(f.Get(this), f.Get(other)));

        public override bool Equals(object? obj) => Equals(obj as ApiRule);

        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var field in Fields)
            {
                hash = unchecked((hash * 31) + ValueHash(field.Get(this)));
            }

            return hash;
        }

        private static bool ValueEquals(object? a, object? b) =>
            a is IReadOnlyList<string> left && b is IReadOnlyList<string> right ? left.SequenceEqual(right, StringComparer.Ordinal) : Equals(a, b);

        private static int ValueHash(object? value) => value switch
        {
            null => 0,
            IReadOnlyList<string> list => list.Aggregate(list.Count, (hash, item) => unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(item))),
            _ => value.GetHashCode(),
        };
    }
}
