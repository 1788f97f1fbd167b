using System;

namespace CloudImages.Runtime
{
    /// <summary>The bounds on what the client reads of a response.</summary>
    public static class ResponseLimits
    {
        /// <summary>The smallest <c>MaxResponseBytes</c> a client accepts: 1 KiB.</summary>
        public const int SmallestMaxResponseBytes = 1024;

        /// <summary>The largest <c>MaxResponseBytes</c> a client accepts: 1 GiB. A body is held in one array, which
        /// cannot reach 2 GiB.</summary>
        public const int LargestMaxResponseBytes = 1024 * 1024 * 1024;

        // An error body is read only for its code and message, whatever MaxResponseBytes allows.
        internal const int ErrorBodyBytes = 64 * 1024;

        // A success body the operation does not document is read this far, so the connection can be reused, and ignored.
        internal const int DrainBytes = 16 * 1024;

        /// <summary>Returns <paramref name="value"/> when it is a valid <c>MaxResponseBytes</c>.</summary>
        /// <param name="value">The bound to check.</param>
        /// <param name="name">What the value was set as, for the message.</param>
        /// <exception cref="ArgumentOutOfRangeException">It is below 1 KiB or above 1 GiB.</exception>
        public static int CheckMaxResponseBytes(int value, string name)
        {
            if (value is < SmallestMaxResponseBytes or > LargestMaxResponseBytes)
            {
                throw new ArgumentOutOfRangeException(
                    name,
                    value,
                    $"{name} must be from {SmallestMaxResponseBytes} (1 KiB) to {LargestMaxResponseBytes} (1 GiB) bytes.");
            }

            return value;
        }
    }
}
