namespace CloudImages.Emulator
{
    /// <summary>Every error the emulator answers, with its documented code and message.</summary>
    internal static class ImsErrors
    {
        /// <summary>The documented error <paramref name="code"/> (IMG.xxxx): its status and message, then what was
        /// wrong after a colon.</summary>
        public static ImsError Of(string code, string? detail = null)
        {
            var (status, message) = ImsErrorCodes.All.TryGetValue(code, out var known)
                ? known
                : throw new System.ArgumentException($"'{code}' is not on the Error Codes page.", nameof(code));
            return new ImsError(status, code, detail is null ? message : message.TrimEnd('.') + ": " + detail);
        }

        /// <summary>Thrown where a request is refused with <paramref name="code"/>.</summary>
        public static ImsRequestException Refuse(string code, string? detail = null) => new(Of(code, detail));

        /// <summary>An OpenStack-native path naming an image the caller does not see: the page's 404, with the IMS
        /// code for an unknown image.</summary>
        public static ImsError ImageNotFound(string id) => new(404, "IMG.0027", $"The image ID in the request does not exist: no image '{id}'.");

        // IMS codes: shared/docs/error-codes.rst.
        public static ImsError InvalidRequest(string detail) => new(400, "IMG.0001", "The request message format is invalid: " + detail);

        public static ImsError InvalidImageType(string detail) => new(400, "IMG.0024", "The image type in the request is incorrect: " + detail);

        public static ImsError UnknownMarker(string marker) => new(400, "IMG.0027", $"The image ID in the request does not exist: marker '{marker}' names no image.");

        public static ImsError InvalidSize(string detail) => new(400, "IMG.0055", "The memory or disk size is invalid: " + detail);

        public static ImsError InvalidFormat(string detail) => new(400, "IMG.0072", "The specified image format is not supported: " + detail);

        public static ImsError InvalidTag(string detail) => new(400, "IMG.0115", "The image tag is invalid: " + detail);

        public static ImsError InvalidOsType(string detail) => new(400, "IMG.0122", "The OS type is invalid: " + detail);

        public static ImsError InvalidEnterpriseProject(string detail) => new(400, "IMG.0155", "Failed to check the enterprise project ID validity: " + detail);

        public static ImsError Forbidden { get; } = new(403, "IMG.0026", "The role is invalid. You need to apply for the required permissions or pass the real-name authentication.");

        public static ImsError InternalError { get; } = new(500, "IMG.0061", "Unknown system error.");

        // API gateway codes, for what the gateway in front of IMS answers.
        public static ImsError NoSuchApi { get; } = new(404, "APIG.0101", "The API does not exist or has not been published in the environment.");

        public static ImsError Unauthorized(string detail) => new(401, "APIG.0301", "Incorrect IAM authentication information: " + detail);

        public static ImsError Throttled { get; } = new(429, "APIG.0308", "The throttling threshold has been reached.");

        public static ImsError Unavailable { get; } = new(503, "APIG.0202", "Backend unavailable.");
    }
}
