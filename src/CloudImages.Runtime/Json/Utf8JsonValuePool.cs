using System;
using System.Text.Json;

namespace CloudImages.Runtime
{
    /// <summary>A small per-thread cache of the JSON values that strings carry as text (<c>__os_feature_list</c>), so a
    /// listing that repeats the same text on many items parses it once instead of building a document per item.</summary>
    /// <remarks>A <see cref="JsonElement"/> from <c>JsonElement.ParseValue</c> owns an immutable document that needs no
    /// disposing, so one instance shared between items is invisible to callers. Direct-mapped and bounded: a miss
    /// replaces the slot, and at most <see cref="Slots"/> texts of up to <see cref="MaxBytes"/> bytes stay alive per
    /// thread.</remarks>
    internal static class Utf8JsonValuePool
    {
        /// <summary>Longer texts are not kept.</summary>
        public const int MaxBytes = 512;

        private const int Slots = 32;

        [ThreadStatic]
        private static Entry[]? t_entries;

        /// <summary>The value parsed before from the same text, if this thread still holds it.</summary>
        public static JsonElement? Find(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length > MaxBytes || t_entries is not { } entries)
            {
                return null;
            }

            var hash = WordHash.Of(utf8);
            var entry = entries[(int)(hash & (Slots - 1))];
            return entry is not null && entry.Hash == hash && utf8.SequenceEqual(entry.Text) ? entry.Value : null;
        }

        /// <summary>Keeps <paramref name="value"/>, parsed from <paramref name="utf8"/>, if the text is short enough.</summary>
        public static void Remember(ReadOnlySpan<byte> utf8, JsonElement value)
        {
            if (utf8.Length <= MaxBytes)
            {
                var hash = WordHash.Of(utf8);
                (t_entries ??= new Entry[Slots])[(int)(hash & (Slots - 1))] = new Entry(utf8.ToArray(), hash, value);
            }
        }

        private sealed class Entry(byte[] text, ulong hash, JsonElement value)
        {
            public byte[] Text { get; } = text;

            public ulong Hash { get; } = hash;

            public JsonElement Value { get; } = value;
        }
    }
}
