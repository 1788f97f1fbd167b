using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>The routes of IMS-native image operations: querying, creating, importing, registering, updating, exporting, replicating, and the quota.</summary>
    internal static class ImageRoutes
    {
        public static IEnumerable<Route> All { get; } = new Route[]
        {
            ListImagesEndpoint.Route,
            CreateImageEndpoint.Route,
            CreateFullEcsImageEndpoint.Route,
            CreateDataImageEndpoint.Route,
            ImportImageQuicklyEndpoint.Route,
        };
    }
}
