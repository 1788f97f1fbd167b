using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>GET /v2/cloudimages: the images the caller sees, filtered and sorted, then a page after the marker.</summary>
    internal static class ListImagesEndpoint
    {
        public static Route Route { get; } = Route.For("ListImages", "GET", "/v2/cloudimages", Handle);

        private static ImsResponse Handle(ImsCall call)
        {
            var request = ListRequestParser.Parse(call.Query);
            var project = call.ProjectId;
            var matching = call.Run(state => state.ImagesSeenBy(project).Where(request.Matches).ToList());
            matching.Sort(request.Order);
            var start = 0;
            if (request.Marker is { } marker)
            {
                var markerImage = call.State.Catalogue.FindMarker(marker) ?? throw new ImsRequestException(ImsErrors.UnknownMarker(marker));
                start = Paging.StartAfter(matching, markerImage, request.Order);
            }

            return new ImsResponse(200, ImageJson.WriteList(matching.Skip(start).Take(request.Limit)));
        }
    }
}
