using System;

namespace CloudImages.Emulator
{
    /// <summary><c>__os_bit</c>, <c>__platform</c> and <c>__os_type</c>, with the documented values only.</summary>
    internal static class OsFilters
    {
        private static readonly string[] Bits = { "32", "64" };
        private static readonly string[] OsTypes = { "Linux", "Windows", "Other" };

        private static readonly string[] Platforms =
        {
            "Windows", "Ubuntu", "Red Hat", "SUSE", "CentOS", "Debian", "OpenSUSE", "Oracle Linux", "Fedora", "Other", "CoreOS", "EulerOS",
            OlderRedHat,
        };

        /// <summary>How older revisions of the page spelled "Red Hat"; still accepted.</summary>
        private const string OlderRedHat = "RedHat";

        public static void Apply(QueryParameters query, ListRequest request)
        {
            if (query.OneOf("__os_bit", Bits) is { } bits)
            {
                request.Add(image => string.Equals(image.OsBit, bits, StringComparison.Ordinal));
            }

            if (query.OneOf("__platform", Platforms) is { } platform)
            {
                var documented = platform == OlderRedHat ? "Red Hat" : platform;
                request.Add(image => string.Equals(image.Platform, documented, StringComparison.Ordinal));
            }

            if (query.OneOf("__os_type", OsTypes, ImsErrors.InvalidOsType) is { } osType)
            {
                request.Add(image => string.Equals(image.OsType, osType, StringComparison.Ordinal));
            }
        }
    }
}
