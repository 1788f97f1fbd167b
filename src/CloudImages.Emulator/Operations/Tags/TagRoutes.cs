using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>The routes of image tags: the v1 and v2 tag APIs, tag queries, and the OpenStack-native tags.</summary>
    internal static class TagRoutes
    {
        public static IEnumerable<Route> All { get; } = new Route[]
        {
            ImageTagEndpoints.Add,
            ImageTagEndpoints.Delete,
            ImageTagEndpoints.List,
            BatchTagEndpoint.Route,
            CloudImageTagEndpoints.Set,
            CloudImageTagEndpoints.List,
            ProjectTagsEndpoint.Route,
            ImagesByTagEndpoint.Route,
            OpenStackTagEndpoints.Add,
            OpenStackTagEndpoints.Delete,
        };
    }
}
