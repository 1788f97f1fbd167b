using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>The routes of the asynchronous job status.</summary>
    internal static class JobRoutes
    {
        public static IEnumerable<Route> All { get; } = new Route[]
        {
            GetJobEndpoint.Route,
        };
    }
}
