using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>One listing of a marker-paged operation, as <see cref="ApiPager.ListAllAsync"/> describes it.</summary>
    /// <remarks>Written out rather than as an async iterator: an item of the page in hand is returned from
    /// <see cref="IAsyncEnumerator{T}.MoveNextAsync"/> synchronously, without resuming a state machine, and only the
    /// end of a page awaits.</remarks>
    internal sealed class MarkerListing<TQuery, TPage, TItem>(
        MarkerPagination<TQuery, TPage, TItem> pagination,
        TQuery query,
        Func<TQuery, CancellationToken, Task<TPage>> fetch,
        CancellationToken listingCancellation) : IAsyncEnumerable<TItem>
        where TItem : class
    {
        public IAsyncEnumerator<TItem> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
            new Enumerator(pagination, query, fetch, listingCancellation, cancellationToken);

        private sealed class Enumerator : IAsyncEnumerator<TItem>
        {
            private readonly MarkerPagination<TQuery, TPage, TItem> _pagination;
            private readonly Func<TQuery, CancellationToken, Task<TPage>> _fetch;
            private readonly CancellationTokenSource? _linked;
            private readonly CancellationToken _cancellationToken;
            private readonly long? _pageSize;
            private readonly SeenMarkers _pagesFrom = new();
            private readonly SeenMarkers _yielded = new();
            private TQuery _page;
            private IReadOnlyList<TItem>? _items;
            private int _next;
            private int _number;
            private bool _ended;

            public Enumerator(
                MarkerPagination<TQuery, TPage, TItem> pagination,
                TQuery query,
                Func<TQuery, CancellationToken, Task<TPage>> fetch,
                CancellationToken listing,
                CancellationToken enumeration)
            {
                _pagination = pagination;
                _fetch = fetch;
                _page = query;
                _pageSize = pagination.PageSize(query) ?? (pagination.DefaultPageSize > 0 ? pagination.DefaultPageSize : null);
                if (pagination.Marker(query) is { } first)
                {
                    _pagesFrom.Add(first);
                }

                // Either token cancels, as with [EnumeratorCancellation] on an async iterator.
                if (listing.CanBeCanceled && enumeration.CanBeCanceled && listing != enumeration)
                {
                    _linked = CancellationTokenSource.CreateLinkedTokenSource(listing, enumeration);
                }

                _cancellationToken = _linked?.Token ?? (listing.CanBeCanceled ? listing : enumeration);
            }

            public TItem Current { get; private set; } = null!;

            public ValueTask<bool> MoveNextAsync()
            {
                try
                {
                    if (_items is { } items && TakeNext(items))
                    {
                        return new ValueTask<bool>(true);
                    }
                }
                catch (Exception ex)
                {
                    // As from an async iterator: in the returned task, and the listing is over.
                    End();
                    return new ValueTask<bool>(Task.FromException<bool>(ex));
                }

                return _ended ? new ValueTask<bool>(false) : NextPageAsync();
            }

            public ValueTask DisposeAsync()
            {
                End();
                _linked?.Dispose();
                return default;
            }

            // The next item of the page whose marker was not yielded before, as Current; false at the page's end.
            private bool TakeNext(IReadOnlyList<TItem> items)
            {
                while (_next < items.Count)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var item = items[_next++];
                    if (_pagination.ItemMarker(item) is not { } id || _yielded.Add(id))
                    {
                        Current = item;
                        return true;
                    }
                }

                return false;
            }

            private async ValueTask<bool> NextPageAsync()
            {
                try
                {
                    while (true)
                    {
                        if (_items is { } done)
                        {
                            if (done.Count < _pageSize)
                            {
                                return End();
                            }

                            var marker = _pagination.ItemMarker(done[done.Count - 1]) ?? throw Failure(
                                ApiFailureKind.PaginationStalled,
                                $"The last item of full page {_number} has no '{_pagination.MarkerField}' to continue from");
                            if (!_pagesFrom.Add(marker))
                            {
                                throw Failure(
                                    ApiFailureKind.PaginationStalled,
                                    $"Page {_number} ends at {_pagination.MarkerField} '{marker}', where an earlier page "
                                    + "ended: the pages repeat, so the listing would never end");
                            }

                            _page = _pagination.WithMarker(_page, marker);
                            _items = null;
                        }

                        _number++;
                        var response = await _fetch(_page, _cancellationToken).ConfigureAwait(false);
                        var items = _pagination.Items(response) ?? throw Failure(
                            ApiFailureKind.InvalidResponse,
                            $"Page {_number} has no valid '{_pagination.ItemsField}' array (it is missing, null, not an "
                            + "array, or holds an item that is not an object), so the listing cannot go on");
                        if (items.Count == 0)
                        {
                            return End();
                        }

                        _items = items;
                        _next = 0;
                        if (TakeNext(items))
                        {
                            return true;
                        }

                        // Every item of the page was yielded before: on to the next page.
                    }
                }
                catch
                {
                    End();
                    throw;
                }
            }

            private bool End()
            {
                _ended = true;
                _items = null;
                return false;
            }

            private ApiException Failure(ApiFailureKind kind, string detail) =>
                new(kind, _pagination.OperationName, HttpStatusCode.OK, null, null, null, null, detail);
        }
    }
}
