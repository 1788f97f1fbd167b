using System;
using System.Collections.Generic;
using System.Net;
using System.Runtime.CompilerServices;
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
            return ListAllCoreAsync(pagination, query, fetch, cancellationToken);
        }

        private static async IAsyncEnumerable<TItem> ListAllCoreAsync<TQuery, TPage, TItem>(
            MarkerPagination<TQuery, TPage, TItem> pagination,
            TQuery query,
            Func<TQuery, CancellationToken, Task<TPage>> fetch,
            [EnumeratorCancellation] CancellationToken cancellationToken)
            where TItem : class
        {
            var pageSize = pagination.PageSize(query) ?? (pagination.DefaultPageSize > 0 ? pagination.DefaultPageSize : null);
            var pagesFrom = new SeenMarkers();
            var yielded = new SeenMarkers();
            if (pagination.Marker(query) is { } first)
            {
                pagesFrom.Add(first);
            }

            var page = query;
            for (var number = 1; ; number++)
            {
                var response = await fetch(page, cancellationToken).ConfigureAwait(false);
                var items = pagination.Items(response) ?? throw Failure(
                    pagination,
                    ApiFailureKind.InvalidResponse,
                    $"Page {number} has no valid '{pagination.ItemsField}' array (it is missing, null, not an array, or holds "
                    + "an item that is not an object), so the listing cannot go on");
                if (items.Count == 0)
                {
                    yield break;
                }

                foreach (var item in items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (pagination.ItemMarker(item) is not { } id || yielded.Add(id))
                    {
                        yield return item;
                    }
                }

                if (items.Count < pageSize)
                {
                    yield break;
                }

                var marker = pagination.ItemMarker(items[items.Count - 1]) ?? throw Failure(
                    pagination,
                    ApiFailureKind.PaginationStalled,
                    $"The last item of full page {number} has no '{pagination.MarkerField}' to continue from");
                if (!pagesFrom.Add(marker))
                {
                    throw Failure(
                        pagination,
                        ApiFailureKind.PaginationStalled,
                        $"Page {number} ends at {pagination.MarkerField} '{marker}', where an earlier page ended: "
                        + "the pages repeat, so the listing would never end");
                }

                page = pagination.WithMarker(page, marker);
            }
        }

        private static ApiException Failure<TQuery, TPage, TItem>(MarkerPagination<TQuery, TPage, TItem> pagination, ApiFailureKind kind, string detail)
            where TItem : class =>
            new(kind, pagination.OperationName, HttpStatusCode.OK, null, null, null, null, detail);
    }
}
