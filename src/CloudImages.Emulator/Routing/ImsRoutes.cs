using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>Every operation the emulator serves, one group per folder of <c>Operations/</c>.</summary>
    internal static class ImsRoutes
    {
        public static IEnumerable<Route> All =>
            ImageRoutes.All
                .Concat(JobRoutes.All)
                .Concat(SharingRoutes.All)
                .Concat(TagRoutes.All)
                .Concat(OpenStackImageRoutes.All);
    }
}
