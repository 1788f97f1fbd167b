using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>The routes of image sharing: IMS-native members and the OpenStack-native member API.</summary>
    internal static class SharingRoutes
    {
        public static IEnumerable<Route> All { get; } = new Route[]
        {
            MemberBatchEndpoints.Add,
            MemberBatchEndpoints.Delete,
            MemberBatchEndpoints.Update,
            OpenStackMemberEndpoints.Add,
            OpenStackMemberEndpoints.Update,
            OpenStackMemberEndpoints.Delete,
            OpenStackMemberQueries.List,
            OpenStackMemberQueries.Get,
        };
    }
}
