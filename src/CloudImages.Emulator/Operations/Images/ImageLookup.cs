namespace CloudImages.Emulator
{
    /// <summary>The image an IMS-native request names, as its caller sees it. An image the caller does not see is
    /// IMG.0027, which IMS answers with 400 (the error-code page), not the OpenStack 404.</summary>
    internal static class ImageLookup
    {
        public static CatalogueImage Seen(ImsTransaction state, string project, string id) =>
            state.FindImageSeenBy(project, id) ?? throw ImsErrors.Refuse("IMG.0027", $"no image '{id}'.");

        /// <summary>An image only its owner may change: another caller that sees it gets 403.</summary>
        public static CatalogueImage Owned(ImsTransaction state, string project, string id)
        {
            var image = Seen(state, project, id);
            return state.Owns(project, image) ? image : throw new ImsRequestException(ImsErrors.Forbidden);
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
