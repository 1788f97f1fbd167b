using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>Lists every item of a marker-paged operation, page after page, for the generated clients.</summary>
    public static class ApiPager
    {
        /// <summary>Requests pages as the caller enumerates. Each next page starts after the last item's marker;
        /// the listing ends after an empty page or one shorter than the page size.</summary>
        /// <remarks>Every listing ends, and says how: a page that fails raises its exception; a page that has no
        /// valid items array raises <see cref="ApiFailureKind.InvalidResponse"/>; a full page whose last item has no
        /// marker, or a marker met before (pages that repeat or cycle, however long the cycle), raises
        /// <see cref="ApiFailureKind.PaginationStalled"/>. No item is yielded twice: an item whose marker was
        /// already yielded is skipped. Only the current page, and one hash per item, are held in memory.</remarks>
        /// <param name="pagination">The operation's pagination.</param>
        /// <param name="query">The query of the first page.</param>
        /// <param name="fetch">Requests one page.</param>
        /// <param name="cancellationToken">Cancels the enumeration.</param>
        /// <returns>The items, in the order the service returns them.</returns>
        public static IAsyncEnumerable<TItem> ListAllAsync<TQuery, TPage, TItem>(
            MarkerPagination<TQuery, TPage, TItem> pagination,
            TQuery query,
            Func<TQuery, CancellationToken, Task<TPage>> fetch,
            CancellationToken cancellationToken = default)
            where TItem : class
        {
            ArgumentNullException.ThrowIfNull(pagination);
            ArgumentNullException.ThrowIfNull(query);
            ArgumentNullException.ThrowIfNull(fetch);
            return new MarkerListing<TQuery, TPage, TItem>(pagination, query, fetch, cancellationToken);
        }
    }
}
