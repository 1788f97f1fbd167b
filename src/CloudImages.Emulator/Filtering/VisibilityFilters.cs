using System;

namespace CloudImages.Emulator
{
    /// <summary><c>visibility</c>, <c>__imagetype</c> and <c>member_status</c>, and which shared images a caller sees.</summary>
    /// <remarks>An image another project shares with the caller is listed only once accepted, unless
    /// <c>member_status</c> asks for another state (as in the page's "Rejected images" and "Unaccepted images"
    /// queries). <c>member_status</c> works only together with <c>visibility=shared</c>; otherwise it is a 400.</remarks>
    internal static class VisibilityFilters
    {
        private static readonly string[] Visibilities = { "public", "private", "shared" };
        private static readonly string[] ImageTypes = { "gold", "private", "shared" };
        private static readonly string[] MemberStates = { "accepted", "rejected", "pending" };

        public static void Apply(QueryParameters query, ListRequest request)
        {
            var visibility = query.OneOf("visibility", Visibilities);
            var imageType = query.OneOf("__imagetype", ImageTypes, ImsErrors.InvalidImageType);
            var memberStatus = query.OneOf("member_status", MemberStates);
            if (memberStatus is not null && visibility != "shared")
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest("member_status can only be used together with visibility=shared."));
            }

            if (visibility is not null)
            {
                request.Add(image => string.Equals(image.Visibility, visibility, StringComparison.Ordinal));
            }

            if (imageType is not null)
            {
                request.Add(image => string.Equals(image.ImageType, imageType, StringComparison.Ordinal));
            }

            if (memberStatus is not null)
            {
                request.Add(image => string.Equals(image.MemberStatus, memberStatus, StringComparison.Ordinal));
            }
            else
            {
                request.Add(image => image.MemberStatus is null or "accepted");
            }
        }
    }
}
