using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>GET /v2/cloudimages: filter, sort, then page after the marker.</summary>
    internal static class ListImagesEndpoint
    {
        public const string Path = "/v2/cloudimages";

        public static ImsResponse Handle(string? rawQuery, ImageCatalogue catalogue)
        {
            try
            {
                var request = ListRequestParser.Parse(QueryParameters.Parse(rawQuery));
                var matching = catalogue.Images.Where(request.Matches).ToList();
                matching.Sort(request.Order);
                var start = 0;
                if (request.Marker is { } marker)
                {
                    var markerImage = catalogue.FindMarker(marker) ?? throw new ImsRequestException(ImsErrors.UnknownMarker(marker));
                    start = Paging.StartAfter(matching, markerImage, request.Order);
                }

                var page = matching.Skip(start).Take(request.Limit);
                return new ImsResponse(200, ImageJson.WriteList(page));
            }
            catch (ImsRequestException ex)
            {
                return ImsResponse.For(ex.Error);
            }
        }
    }
}
