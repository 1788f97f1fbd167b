using System.Collections.Generic;

namespace CloudImages.Runtime
{
    /// <summary>The markers a listing has met, as 64-bit hashes: 8 bytes of set entry per item whatever the marker's
    /// length, so a listing's memory stays a small fraction of what arrived. Two different markers share a hash with a
    /// probability of about n^2 / 2^65 (1e-8 for a million items).</summary>
    internal sealed class SeenMarkers
    {
        private readonly HashSet<ulong> _hashes = new();

        /// <summary>Adds the marker; false when it was met before.</summary>
        public bool Add(string marker) => _hashes.Add(WordHash.Of(marker));
    }
}
