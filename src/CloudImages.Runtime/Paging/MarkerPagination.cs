using System;
using System.Collections.Generic;

namespace CloudImages.Runtime
{
    /// <summary>How one operation pages by marker: the data a generated client supplies, once per operation, to
    /// <see cref="ApiPager.ListAllAsync"/>.</summary>
    /// <typeparam name="TQuery">The operation's query.</typeparam>
    /// <typeparam name="TPage">The response that holds one page.</typeparam>
    /// <typeparam name="TItem">One listed item.</typeparam>
    public sealed class MarkerPagination<TQuery, TPage, TItem>
        where TItem : class
    {
        /// <summary>Describes the pagination.</summary>
        /// <param name="operationName">The operation, as the spec names it.</param>
        /// <param name="itemsField">The wire name of the page's items array.</param>
        /// <param name="markerField">The wire name of the item field that the next page starts after.</param>
        /// <param name="defaultPageSize">The service's page size when the query sets none; 0 when undocumented.</param>
        /// <param name="pageSize">The query's page size, if set.</param>
        /// <param name="marker">The query's marker, if set.</param>
        /// <param name="withMarker">The query for the page after the given marker.</param>
        /// <param name="items">The page's items; null when the page has no valid items array.</param>
        /// <param name="itemMarker">An item's marker field.</param>
        public MarkerPagination(
            string operationName,
            string itemsField,
            string markerField,
            int defaultPageSize,
            Func<TQuery, long?> pageSize,
            Func<TQuery, string?> marker,
            Func<TQuery, string, TQuery> withMarker,
            Func<TPage, IReadOnlyList<TItem>?> items,
            Func<TItem, string?> itemMarker)
        {
            OperationName = operationName ?? throw new ArgumentNullException(nameof(operationName));
            ItemsField = itemsField ?? throw new ArgumentNullException(nameof(itemsField));
            MarkerField = markerField ?? throw new ArgumentNullException(nameof(markerField));
            DefaultPageSize = defaultPageSize;
            PageSize = pageSize ?? throw new ArgumentNullException(nameof(pageSize));
            Marker = marker ?? throw new ArgumentNullException(nameof(marker));
            WithMarker = withMarker ?? throw new ArgumentNullException(nameof(withMarker));
            Items = items ?? throw new ArgumentNullException(nameof(items));
            ItemMarker = itemMarker ?? throw new ArgumentNullException(nameof(itemMarker));
        }

        /// <summary>The operation, as the spec names it.</summary>
        public string OperationName { get; }

        /// <summary>The wire name of the page's items array.</summary>
        public string ItemsField { get; }

        /// <summary>The wire name of the item field that the next page starts after.</summary>
        public string MarkerField { get; }

        /// <summary>The service's page size when the query sets none; 0 when undocumented.</summary>
        public int DefaultPageSize { get; }

        internal Func<TQuery, long?> PageSize { get; }

        internal Func<TQuery, string?> Marker { get; }

        internal Func<TQuery, string, TQuery> WithMarker { get; }

        internal Func<TPage, IReadOnlyList<TItem>?> Items { get; }

        internal Func<TItem, string?> ItemMarker { get; }
    }
}
