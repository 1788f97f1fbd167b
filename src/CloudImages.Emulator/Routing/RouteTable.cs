using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>Finds the route for a method and path: of the templates that fit, the one with the most fixed
    /// segments (so <c>/v2/images/schemas</c>-like literals win over <c>{image_id}</c>).</summary>
    internal sealed class RouteTable
    {
        private readonly Route[] _routes;

        public RouteTable(IEnumerable<Route> routes)
        {
            _routes = routes.OrderByDescending(r => r.Literals).ToArray();
            var clash = _routes.GroupBy(r => (r.Method, r.Template)).FirstOrDefault(g => g.Count() > 1);
            if (clash is not null)
            {
                throw new InvalidOperationException($"Two routes for {clash.Key.Method} {clash.Key.Template}.");
            }
        }

        public IReadOnlyList<Route> Routes => _routes;

        /// <param name="method">The HTTP method.</param>
        /// <param name="rawPath">The request path as sent, without the query; each segment is percent-decoded here.</param>
        public (Route Route, Dictionary<string, string> Values)? Find(string method, string rawPath)
        {
            var segments = Array.ConvertAll(Route.Split(rawPath), Uri.UnescapeDataString);
            foreach (var route in _routes)
            {
                if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase) && route.Match(segments) is { } values)
                {
                    return (route, values);
                }
            }

            return null;
        }
    }
}
