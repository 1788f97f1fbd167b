using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>The OS fields of a new image: <c>__os_version</c>, <c>__os_type</c>, <c>__platform</c> and
    /// <c>__os_bit</c>, from a version of "Values of Related Parameters", from an ECS, or only a type.</summary>
    internal sealed record NewImageOs(string? Version, string Type, string? Platform, string Bits)
    {
        // The platform of a version outside Table 1 (an ECS's, such as "Windows Server 2019 Datacenter 64bit"), by
        // its first word, learnt from the table: "Redhat" is Red Hat, "Oracle" is Oracle Linux, ...
        private static readonly Dictionary<string, OsFamily> FamiliesByFirstWord = OsVersions.Families
            .SelectMany(f => f.Versions.Select(v => (Word: FirstWord(v), Family: f)))
            .GroupBy(p => p.Word, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Family, StringComparer.OrdinalIgnoreCase);

        /// <summary>A documented <c>os_version</c> of the request; <paramref name="osType"/>, when the request also
        /// gives one, must be the version's.</summary>
        /// <exception cref="ImsRequestException">IMG.0056 for a version Table 1 does not list, IMG.0122 for a type
        /// that is not the version's.</exception>
        public static NewImageOs Documented(string version, string member, string? osType = null)
        {
            var family = Array.Find(OsVersions.Families, f => Array.IndexOf(f.Versions, version) >= 0)
                ?? throw ImsErrors.Refuse("IMG.0056", $"{member} '{version}' is not a value of \"Values of Related Parameters\".");
            if (osType is not null && !string.Equals(osType, family.OsType, StringComparison.Ordinal))
            {
                throw new ImsRequestException(ImsErrors.InvalidOsType($"os_type {osType} is not that of os_version '{version}' ({family.OsType})."));
            }

            return new NewImageOs(version, family.OsType, family.Platform, OsFamily.BitsOf(version));
        }

        /// <summary>The OS an ECS runs, as its images get it.</summary>
        public static NewImageOs Of(EcsServer server)
        {
            var platform = FamiliesByFirstWord.TryGetValue(FirstWord(server.OsVersion), out var family) ? family.Platform : "Other";
            return new NewImageOs(server.OsVersion, server.OsType, platform, OsFamily.BitsOf(server.OsVersion));
        }

        /// <summary>Only an OS type: a data disk image, or a file whose OS the request does not name.</summary>
        public static NewImageOs OfType(string osType, string? platform = null) => new(null, osType, platform, "64");

        /// <summary>The request's <c>os_type</c>, one of <paramref name="allowed"/>; null when absent.</summary>
        public static string? ReadType(JsonBody body, params string[] allowed)
        {
            var osType = body.String("os_type");
            return osType is null || Array.IndexOf(allowed, osType) >= 0
                ? osType
                : throw new ImsRequestException(ImsErrors.InvalidOsType($"os_type '{osType}' is not {string.Join(" or ", allowed)}."));
        }

        private static string FirstWord(string version) => version.Split(' ', 2)[0];
    }
}
