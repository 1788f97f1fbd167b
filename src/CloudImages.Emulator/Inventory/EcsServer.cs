using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>An ECS an image can be made from.</summary>
    /// <param name="Id">The ECS id.</param>
    /// <param name="Name">Its name.</param>
    /// <param name="Status">ACTIVE, SHUTOFF, ...; IMS makes images only of a stopped (SHUTOFF) ECS.</param>
    /// <param name="OsType">Linux or Windows.</param>
    /// <param name="OsVersion">The <c>__os_version</c> its images get.</param>
    /// <param name="SystemVolumeId">The system disk.</param>
    public sealed record EcsServer(string Id, string Name, string Status, string OsType, string OsVersion, string SystemVolumeId)
    {
        /// <summary>The ECS's project.</summary>
        public string? ProjectId { get; init; }

        /// <summary>The data disks attached to it.</summary>
        public IReadOnlyList<string> DataVolumeIds { get; init; } = System.Array.Empty<string>();
    }
}
