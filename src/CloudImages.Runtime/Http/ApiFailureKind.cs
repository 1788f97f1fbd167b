namespace CloudImages.Runtime
{
    /// <summary>Why a call failed with <see cref="ApiException"/>.</summary>
    public enum ApiFailureKind
    {
        /// <summary>The service answered with a status outside 2xx.</summary>
        ErrorStatus = 0,

        /// <summary>The service answered with success, but the body is not the documented JSON, a documented body is
        /// missing, or a documented header is malformed.</summary>
        InvalidResponse = 1,

        /// <summary>The body exceeded the client's <c>MaxResponseBytes</c>.</summary>
        ResponseTooLarge = 2,

        /// <summary>Pagination could not continue: a full page's last item had no marker, or the marker did not advance.</summary>
        PaginationStalled = 3,

        /// <summary>The service redirected to another scheme, host or port, or further than the client follows;
        /// the redirect was not followed, and no credential went there.</summary>
        RedirectRefused = 4,
    }
}
