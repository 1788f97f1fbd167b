using CloudImages.Ims;

namespace CloudImages.Sample
{
    /// <summary>The page's "Common Query Methods", as typed queries.</summary>
    internal static class CommonQueries
    {
        /// <param name="projectId">The caller's project, for "Private images"; without one that query is null.</param>
        public static IEnumerable<(string Title, ListImagesQuery? Query)> For(string? projectId)
        {
            yield return ("Public images", new ListImagesQuery { ImageType = ImageType.Gold, Visibility = Visibility.Public, Protected = true });
            yield return ("Private images", projectId is null ? null : new ListImagesQuery { Owner = projectId });

            yield return ("Available shared images", Shared(MemberStatus.Accepted));
            yield return ("Rejected images", Shared(MemberStatus.Rejected));
            yield return ("Unaccepted images", Shared(MemberStatus.Pending));
        }

        private static ListImagesQuery Shared(MemberStatus status) =>
            new() { MemberStatus = status, Visibility = Visibility.Shared, ImageType = ImageType.Shared };
    }
}
