using System;
using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary><c>sort_key</c> and <c>sort_dir</c> (default created_at, desc). Ties are broken by id in the same
    /// direction, so the order is total and a marker names one place in it.</summary>
    internal sealed class SortOrder : IComparer<CatalogueImage>
    {
        private static readonly string[] Keys = { "name", "container_format", "disk_format", "status", "id", "size", "created_at" };
        private static readonly string[] Directions = { "asc", "desc" };

        private readonly Comparison<CatalogueImage> _compareKey;

        private SortOrder(string key, bool descending)
        {
            Key = key;
            Descending = descending;
            _compareKey = key switch
            {
                "name" => (a, b) => string.CompareOrdinal(a.Name, b.Name),
                "container_format" => (a, b) => string.CompareOrdinal(a.ContainerFormat, b.ContainerFormat),
                "disk_format" => (a, b) => string.CompareOrdinal(a.DiskFormat, b.DiskFormat),
                "status" => (a, b) => string.CompareOrdinal(a.Status, b.Status),
                "size" => (a, b) => a.Size.CompareTo(b.Size),
                "created_at" => (a, b) => a.CreatedAt.CompareTo(b.CreatedAt),
                _ => (_, _) => 0,
            };
        }

        public static SortOrder Default { get; } = new("created_at", descending: true);

        public string Key { get; }

        public bool Descending { get; }

        public static SortOrder Parse(QueryParameters query)
        {
            var key = query.OneOf("sort_key", Keys) ?? Default.Key;
            var direction = query.OneOf("sort_dir", Directions) ?? "desc";
            return new SortOrder(key, direction == "desc");
        }

        public int Compare(CatalogueImage? x, CatalogueImage? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var order = _compareKey(x, y);
            if (order == 0)
            {
                order = string.CompareOrdinal(x.Id, y.Id);
            }

            return Descending ? -order : order;
        }
    }
}
