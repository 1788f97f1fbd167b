namespace CloudImages.Emulator
{
    /// <summary>The image a request names, as its caller sees it. An image the caller does not see is IMG.0027: the
    /// IMS-native APIs answer it with 400 (the Error Codes page), the OpenStack-native ones with their pages' 404.</summary>
    internal static class ImageLookup
    {
        public static CatalogueImage Seen(ImsTransaction state, string project, string id, bool openStack = false) =>
            state.FindImageSeenBy(project, id) ?? throw (openStack
                ? new ImsRequestException(ImsErrors.ImageNotFound(id))
                : ImsErrors.Refuse("IMG.0027", $"no image '{id}'."));

        /// <summary>An image only its owner may change, as it is stored: another caller that sees it gets 403. The
        /// stored record, not the owner's view of it (which shows a private image with members as shared), so that
        /// a change keeps the view out of the state.</summary>
        public static CatalogueImage Owned(ImsTransaction state, string project, string id, bool openStack = false)
        {
            var image = Seen(state, project, id, openStack);
            return state.Owns(project, image) ? state.FindImage(id)! : throw new ImsRequestException(ImsErrors.Forbidden);
        }

        /// <summary>Refuses an image whose status is not <paramref name="status"/> (IMG.0046, "Check the image status").</summary>
        public static void RequireStatus(CatalogueImage image, string status, string why)
        {
            if (!string.Equals(image.Status, status, System.StringComparison.Ordinal))
            {
                throw ImsErrors.Refuse("IMG.0046", $"image {image.Id} is {image.Status}: {why}");
            }
        }
    }
}
