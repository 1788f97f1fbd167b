using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary><c>marker</c> and <c>limit</c>: a page holds the images strictly after the marker image's place in
    /// the sort order. The place comes from the marker's values (kept for removed images), not from its index, so
    /// images added or removed between pages do not shift the pages of the others.</summary>
    internal static class Paging
    {
        public static void Apply(QueryParameters query, ListRequest request)
        {
            request.Marker = query.Get("marker");
            request.Limit = query.Integer("limit", 1, int.MaxValue) ?? ListRequest.DefaultLimit;
        }

        /// <summary>What a "Querying Images" request pages through: the images the caller sees that pass its filters,
        /// in its order, from just after its marker (an unknown marker is IMG.0027).</summary>
        public static IEnumerable<CatalogueImage> AfterMarker(ImsCall call, ListRequest request)
        {
            var (sorted, start) = Select(call, request);
            return sorted.Skip(start);
        }

        /// <summary>The images the caller sees that pass <paramref name="request"/>, in its order, and the index of the
        /// first one after its marker.</summary>
        /// <exception cref="ImsRequestException">The marker names no image, not even a removed one (400).</exception>
        public static (List<CatalogueImage> Sorted, int Start) Select(ImsCall call, ListRequest request)
        {
            var project = call.ProjectId;
            var matching = call.Run(state => state.ImagesSeenBy(project).Where(request.Matches).ToList());
            matching.Sort(request.Order);
            var start = 0;
            if (request.Marker is { } marker)
            {
                var markerImage = call.State.Catalogue.FindMarker(marker) ?? throw new ImsRequestException(ImsErrors.UnknownMarker(marker));
                start = StartAfter(matching, markerImage, request.Order);
            }

            return (matching, start);
        }

        /// <summary>The index of the first image after <paramref name="marker"/> in <paramref name="sorted"/>.</summary>
        public static int StartAfter(List<CatalogueImage> sorted, CatalogueImage marker, IComparer<CatalogueImage> order)
        {
            var low = 0;
            var high = sorted.Count;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (order.Compare(sorted[middle], marker) <= 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}
