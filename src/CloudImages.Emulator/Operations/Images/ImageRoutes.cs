using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>The routes of IMS-native image operations: querying, creating, importing, registering, updating, exporting, replicating, and the quota.</summary>
    internal static class ImageRoutes
    {
        public static IEnumerable<Route> All { get; } = new Route[]
        {
            ListImagesEndpoint.Route,
            RegisterImageEndpoint.Route,
            UpdateImageEndpoint.Route,
            ExportImageEndpoint.Route,
            CopyImageInRegionEndpoint.Route,
            GetImageQuotaEndpoint.Route,
            CreateImageEndpoint.Route,
            CreateFullEcsImageEndpoint.Route,
            CreateDataImageEndpoint.Route,
            ImportImageQuicklyEndpoint.Route,
        };
    }
}
