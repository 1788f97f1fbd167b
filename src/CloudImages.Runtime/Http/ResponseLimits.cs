namespace CloudImages.Runtime
{
    /// <summary>The bounds on what the client reads of a response.</summary>
    public static class ResponseLimits
    {
        /// <summary>The largest <c>MaxResponseBytes</c> a client accepts: 1 GiB. A body is held in one array, which
        /// cannot reach 2 GiB.</summary>
        public const int LargestMaxResponseBytes = 1024 * 1024 * 1024;

        // An error body is read only for its code and message, whatever MaxResponseBytes allows.
        internal const int ErrorBodyBytes = 64 * 1024;
    }
}
