using CloudImages.Emulator;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The test oracle's rules, written from the page independently of the emulator's code.</summary>
    internal static class Expected
    {
        /// <summary>Listed without member_status: all but the images others share with us that we have not accepted.</summary>
        public static bool ListedByDefault(CatalogueImage image) => image.MemberStatus is null or "accepted";

        /// <summary>The documented order: sort_key (created_at by default), then id, both in sort_dir (desc by default).</summary>
        public static IEnumerable<CatalogueImage> Sorted(IEnumerable<CatalogueImage> images, string key = "created_at", bool descending = true)
        {
            Func<CatalogueImage, IComparable> field = key switch
            {
                "name" => i => i.Name,
                "container_format" => i => i.ContainerFormat,
                "disk_format" => i => i.DiskFormat,
                "status" => i => i.Status,
                "id" => i => i.Id,
                "size" => i => i.Size,
                "created_at" => i => i.CreatedAt,
                _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
            };

            var ordinal = Comparer<IComparable>.Create((a, b) => a is string x && b is string y ? string.CompareOrdinal(x, y) : a.CompareTo(b));
            return descending
                ? images.OrderByDescending(field, ordinal).ThenByDescending(i => i.Id, StringComparer.Ordinal)
                : images.OrderBy(field, ordinal).ThenBy(i => i.Id, StringComparer.Ordinal);
        }
    }
}
