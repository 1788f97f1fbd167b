using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace CloudImages.Runtime
{
    /// <summary>A small per-thread cache of strings made from short UTF-8 values, so that the values a listing repeats
    /// on every item (schema, owner, OS version, tags) are allocated once rather than once per item.</summary>
    /// <remarks>Direct-mapped and bounded: a miss replaces whatever the slot held, so unique values (ids, names) cost
    /// one hash and one comparison and keep at most <see cref="Slots"/> short strings alive per thread, beside 16 KB
    /// of entries and their UTF-8. Strings are immutable, so sharing one instance between values is invisible to
    /// callers.</remarks>
    internal static class Utf8StringPool
    {
        /// <summary>Longer values are rarely repeated (URLs, descriptions) and are not pooled.</summary>
        public const int MaxBytes = 48;

        private const int Slots = 256;

        [ThreadStatic]
        private static Table? t_table;

        /// <summary>The pooled string equal to <paramref name="utf8"/> (unescaped), or null; <paramref name="table"/>
        /// and <paramref name="hash"/> are what <see cref="Remember"/> needs to keep the string made on a miss (one
        /// thread-static access serves both: each is a call into the runtime).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static string? Find(ReadOnlySpan<byte> utf8, out Table table, out int hash)
        {
            table = t_table ??= new Table();
            hash = Hash(utf8);
            var slot = hash & (Slots - 1);
            ref readonly var entry = ref table.Entries[slot];

            // The whole hash and the length are kept beside the string, and its UTF-8 in the table: a unique value
            // (an id) is turned away without comparing text, and a hit never touches the string, which the objects
            // read since it was made have long pushed out of the cache.
            return entry.Hash == hash && entry.Length == utf8.Length && entry.Value is { } cached
                && utf8.SequenceEqual(table.Bytes.AsSpan(slot * MaxBytes, utf8.Length)) ? cached : null;
        }

        /// <summary>Keeps <paramref name="value"/>, made from <paramref name="utf8"/>, if it is ASCII: only those can be
        /// matched again.</summary>
        public static string Remember(Table table, int hash, string value, ReadOnlySpan<byte> utf8)
        {
            if (value.Length == utf8.Length)
            {
                var slot = hash & (Slots - 1);
                table.Entries[slot] = new Entry(value, hash, utf8.Length);
                utf8.CopyTo(table.Bytes.AsSpan(slot * MaxBytes, MaxBytes));
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

        /// <summary>One thread's pool: the entries, and the UTF-8 of each in a slot of <see cref="MaxBytes"/>.</summary>
        internal sealed class Table
        {
            public Entry[] Entries { get; } = new Entry[Slots];

            public byte[] Bytes { get; } = new byte[Slots * MaxBytes];
        }

        /// <summary>A pooled string, the hash of its UTF-8 and that UTF-8's length.</summary>
        internal readonly struct Entry
        {
            public Entry(string value, int hash, int length)
            {
                Value = value;
                Hash = hash;
                Length = length;
            }

            public string? Value { get; }

            public int Hash { get; }

            public int Length { get; }
        }
    }
}
