using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace CloudImages.Runtime
{
    /// <summary>A small per-thread cache of strings made from short UTF-8 values, so that the values a listing repeats
    /// on every item (schema, owner, OS version, tags) are allocated once rather than once per item.</summary>
    /// <remarks>Direct-mapped and bounded: a miss replaces whatever the slot held, so unique values (ids, names) cost
    /// one hash and one comparison and keep at most <see cref="Slots"/> short strings alive per thread. Strings are
    /// immutable, so sharing one instance between values is invisible to callers.</remarks>
    internal static class Utf8StringPool
    {
        /// <summary>Longer values are rarely repeated (URLs, descriptions) and are not pooled.</summary>
        public const int MaxBytes = 48;

        private const int Slots = 256;

        [ThreadStatic]
        private static Entry[]? t_entries;

        /// <summary>The pooled string equal to <paramref name="utf8"/> (unescaped), or null; <paramref name="entries"/>
        /// and <paramref name="hash"/> are what <see cref="Remember"/> needs to keep the string made on a miss (one
        /// thread-static access serves both: each is a call into the runtime).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static string? Find(ReadOnlySpan<byte> utf8, out Entry[] entries, out int hash)
        {
            entries = t_entries ??= new Entry[Slots];
            hash = Hash(utf8);
            ref readonly var entry = ref entries[hash & (Slots - 1)];

            // The whole hash is kept beside the string: a unique value (an id) that lands on a slot is turned away
            // by it, without comparing the text.
            return entry.Hash == hash && entry.Value is { } cached && cached.Length == utf8.Length
                && Ascii.Equals(utf8, cached) ? cached : null;
        }

        /// <summary>Keeps <paramref name="value"/>, made from <paramref name="utf8Length"/> bytes, if it is ASCII: only
        /// those can be matched again.</summary>
        public static string Remember(Entry[] entries, int hash, string value, int utf8Length)
        {
            if (value.Length == utf8Length)
            {
                entries[hash & (Slots - 1)] = new Entry(value, hash);
            }

            return value;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Hash(ReadOnlySpan<byte> utf8)
        {
            ulong mixed = (uint)utf8.Length;
            if (utf8.Length >= 8)
            {
                mixed ^= BinaryPrimitives.ReadUInt64LittleEndian(utf8) * 0x9E3779B97F4A7C15UL;
                mixed ^= BinaryPrimitives.ReadUInt64LittleEndian(utf8[^8..]) * 0xC2B2AE3D27D4EB4FUL;
            }
            else
            {
                foreach (var b in utf8)
                {
                    mixed = (mixed * 31) + b;
                }

                mixed *= 0x9E3779B97F4A7C15UL;
            }

            return (int)(mixed >> 40);
        }

        /// <summary>A pooled string and the hash of its UTF-8.</summary>
        internal readonly struct Entry
        {
            public Entry(string value, int hash)
            {
                Value = value;
                Hash = hash;
            }

            public string? Value { get; }

            public int Hash { get; }
        }
    }
}
