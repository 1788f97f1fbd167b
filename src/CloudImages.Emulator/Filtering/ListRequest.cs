using System;
using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>A parsed "Querying Images" request: the filters every returned image passes, its order and its page.</summary>
    internal sealed class ListRequest
    {
        /// <summary>The page size when <c>limit</c> is absent.</summary>
        public const int DefaultLimit = 500;

        private readonly List<Func<CatalogueImage, bool>> _filters = new();

        /// <summary>The total order of the results: <c>sort_key</c>, then id, both in <c>sort_dir</c>.</summary>
        public SortOrder Order { get; set; } = SortOrder.Default;

        /// <summary>The id after which the page starts.</summary>
        public string? Marker { get; set; }

        /// <summary>The most images on the page.</summary>
        public int Limit { get; set; } = DefaultLimit;

        public void Add(Func<CatalogueImage, bool> filter) => _filters.Add(filter);

        /// <summary>True when the image passes every filter.</summary>
        public bool Matches(CatalogueImage image)
        {
            foreach (var filter in _filters)
            {
                if (!filter(image))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
