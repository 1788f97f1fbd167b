using System;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>The ECSs and disks images are made from, as the caller sees them. An ECS or disk without a project is
    /// every project's; one with a project is that project's alone.</summary>
    internal static class ImageSources
    {
        public static string ServerOrigin(string serverId) => "instance," + serverId;

        public static string VolumeOrigin(string volumeId) => "volume," + volumeId;

        /// <exception cref="ImsRequestException">No such ECS for the caller (IMG.0005).</exception>
        public static EcsServer FindServer(ImsTransaction state, string projectId, string id) =>
            state.FindServer(id) is { } server && Sees(projectId, server.ProjectId)
                ? server
                : throw ImsErrors.Refuse("IMG.0005", $"project {projectId} has no ECS '{id}'.");

        /// <summary>The system disk of <paramref name="server"/>.</summary>
        /// <exception cref="ImsRequestException">It has none (IMG.0119).</exception>
        public static EvsVolume SystemVolume(ImsTransaction state, EcsServer server) =>
            state.FindVolume(server.SystemVolumeId)
                ?? throw ImsErrors.Refuse("IMG.0119", $"ECS '{server.Id}' has no system disk '{server.SystemVolumeId}'.");

        /// <summary>Refuses an ECS that another image is being made from: IMG.0136 while a full-ECS image backs it up,
        /// else IMG.0010.</summary>
        public static void EnsureIdle(ImsTransaction state, EcsServer server)
        {
            if (Making(state, ServerOrigin(server.Id)) is { } busy)
            {
                throw ImsErrors.Refuse(busy.WholeImage ? "IMG.0136" : "IMG.0010", $"image '{busy.Id}' is being made from ECS '{server.Id}'.");
            }
        }

        /// <summary>A data disk of the caller that no image is being made from.</summary>
        /// <exception cref="ImsRequestException">No such disk (IMG.0120), a system disk (IMG.0006), or a disk an image
        /// is being made from (IMG.0022).</exception>
        public static EvsVolume FindDataVolume(ImsTransaction state, string projectId, string id, string member)
        {
            if (state.FindVolume(id) is not { } volume || !Sees(projectId, volume.ProjectId))
            {
                throw ImsErrors.Refuse("IMG.0120", $"{member}: project {projectId} has no disk '{id}'.");
            }

            if (volume.Bootable)
            {
                throw ImsErrors.Refuse("IMG.0006", $"{member} '{id}' is the system disk of ECS '{volume.ServerId}'.");
            }

            return Making(state, VolumeOrigin(id)) is { } busy
                ? throw ImsErrors.Refuse("IMG.0022", $"{member}: image '{busy.Id}' is being made from disk '{id}'.")
                : volume;
        }

        private static CatalogueImage? Making(ImsTransaction state, string origin) =>
            state.Images().FirstOrDefault(i => i.Status == "queued" && string.Equals(i.DataOrigin, origin, StringComparison.Ordinal));

        private static bool Sees(string projectId, string? owner) => owner is null || string.Equals(owner, projectId, StringComparison.Ordinal);
    }
}
