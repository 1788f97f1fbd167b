using System;
using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>GET /v2/images: the images the caller sees, with the filters and order of "Querying Images", 25 a
    /// page by default; <c>first</c> links the first page, <c>next</c> the page after this one unless this is the last.</summary>
    internal static class ListOpenStackImagesEndpoint
    {
        /// <summary>"By default, a set contains 25 images."</summary>
        public const int DefaultLimit = 25;

        public static Route Route { get; } = Route.For("OpenStackListImages", "GET", "/v2/images", Handle);

        private static ImsResponse Handle(ImsCall call)
        {
            var request = ListRequestParser.Parse(call.Query);
            if (call.Query.Get("limit") is null)
            {
                request.Limit = DefaultLimit;
            }

            var (matching, start) = Paging.Select(call, request);
            var page = matching.GetRange(start, Math.Min(request.Limit, matching.Count - start));
            var next = start + page.Count < matching.Count ? Link(call.Query, page[^1].Id) : null;
            return OpenStackImageJson.List(page, Link(call.Query, null), next);
        }

        /// <summary>This request's path and query, with <paramref name="marker"/> in place of its marker (none for the
        /// first page).</summary>
        private static string Link(QueryParameters query, string? marker)
        {
            var parts = new List<string>();
            foreach (var (name, value) in query.Pairs)
            {
                if (name != "marker")
                {
                    parts.Add(Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value));
                }
            }

            if (marker is not null)
            {
                parts.Add("marker=" + Uri.EscapeDataString(marker));
            }

            return parts.Count == 0 ? "/v2/images" : "/v2/images?" + string.Join("&", parts);
        }
    }
}
