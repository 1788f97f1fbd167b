using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>The routes of the OpenStack-native v2 image API: versions, images, upload and schemas.</summary>
    internal static class OpenStackImageRoutes
    {
        public static IEnumerable<Route> All { get; } = new Route[]
        {
            OpenStackVersionEndpoints.List,
            OpenStackVersionEndpoints.Get,
            CreateOpenStackImageEndpoint.Route,
            ListOpenStackImagesEndpoint.Route,
            OpenStackImageEndpoints.Get,
            OpenStackImageEndpoints.Delete,
            UpdateOpenStackImageEndpoint.Route,
            UploadOpenStackImageEndpoint.Route,
            OpenStackSchemaEndpoints.Image,
            OpenStackSchemaEndpoints.Images,
            OpenStackSchemaEndpoints.Member,
            OpenStackSchemaEndpoints.Members,
        };
    }
}
