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
            var (matching, start) = Paging.Select(call, request);
            return new ImsResponse(200, ImageJson.WriteList(matching.Skip(start).Take(request.Limit)));
        }
    }
}
