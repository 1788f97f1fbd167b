using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>CreateImage from an ECS: a system disk image of a stopped ECS (job imsCreateImageByInstance), with a
    /// data disk image for each of its data disks in <c>data_images</c> (a sub-job imsCopyVolumeToImageJob each); or,
    /// with only <c>data_images</c>, data disk images of data disks (job imsVolumesToSysDataImagesJob).</summary>
    internal static class CreateImageFromServer
    {
        public const string JobType = "imsCreateImageByInstance";
        public const string DataDisksJobType = "imsVolumesToSysDataImagesJob";
        public const string DataDiskSubJobType = "imsCopyVolumeToImageJob";

        public static ImsResponse Handle(ImsCall call, JsonBody body, string project)
        {
            var serverId = body.RequiredString("instance_id");
            if (serverId.Length == 0)
            {
                throw ImsErrors.Refuse("IMG.0012", "instance_id is empty.");
            }

            var fields = NewImageFields.Read(body);
            var disks = DataDisk.ReadAll(body.Objects("data_images"));
            return call.Run(state =>
            {
                var server = ImageSources.FindServer(state, project, serverId);
                if (!string.Equals(server.Status, "SHUTOFF", StringComparison.Ordinal))
                {
                    throw ImsErrors.Refuse("IMG.0008", $"ECS '{serverId}' is {server.Status}.");
                }

                ImageSources.EnsureIdle(state, server);
                var systemDisk = ImageSources.SystemVolume(state, server);
                var image = NewImageJob.Draft(state, project, fields, NewImageOs.Of(server)) with
                {
                    MinDisk = systemDisk.SizeGb,
                    DataOrigin = ImageSources.ServerOrigin(server.Id),
                };
                var dataImages = disks.Select(d => d.Image(state, project, server, fields.EnterpriseProjectId)).ToList();
                return new NewImageJob(JobType, image) { SubJobs = dataImages.ConvertAll(d => (DataDiskSubJobType, d.Image)) }.Start(state, project);
            });
        }

        /// <summary>Data disk images only: the request's other members are not used ("the system uses the value of
        /// data_images").</summary>
        public static ImsResponse HandleDataDisks(ImsCall call, IReadOnlyList<JsonBody> items, string project)
        {
            var disks = DataDisk.ReadAll(items);
            return call.Run(state =>
            {
                var dataImages = disks.Select(d => d.Image(state, project, server: null, "0")).ToList();
                var servers = dataImages.Select(d => d.ServerId).Distinct().ToList();
                if (servers.Count > 1)
                {
                    throw ImsErrors.Refuse("IMG.0140", $"the disks are attached to {string.Join(", ", servers.Select(s => s ?? "no ECS"))}.");
                }

                var subJobs = dataImages.ConvertAll(d => (DataDiskSubJobType, d.Image));
                return new NewImageJob(DataDisksJobType, null) { SubJobs = subJobs }.Start(state, project);
            });
        }

        /// <summary>A <c>data_images</c> item: a data disk of the ECS (<c>volume_id</c>) and the image's own fields.</summary>
        private sealed record DataDisk(string VolumeId, string Member, NewImageFields Fields)
        {
            public static IReadOnlyList<DataDisk> ReadAll(IReadOnlyList<JsonBody>? items)
            {
                var disks = (items ?? Array.Empty<JsonBody>())
                    .Select(item => new DataDisk(item.RequiredString("volume_id"), item.Member("volume_id"), NewImageFields.ReadOwn(item)))
                    .ToList();
                var twice = disks.GroupBy(d => d.VolumeId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
                return twice is null
                    ? disks
                    : throw new ImsRequestException(ImsErrors.InvalidRequest($"data_images names disk '{twice.Key}' twice."));
            }

            /// <summary>The data disk image, queued; with <paramref name="server"/>, the disk must be one of its.</summary>
            public (CatalogueImage Image, string? ServerId) Image(ImsTransaction state, string project, EcsServer? server, string enterpriseProject)
            {
                var volume = ImageSources.FindDataVolume(state, project, VolumeId, Member);
                if (server is not null && !string.Equals(volume.ServerId, server.Id, StringComparison.Ordinal))
                {
                    throw ImsErrors.Refuse("IMG.0140", $"{Member} '{VolumeId}' is not a disk of ECS '{server.Id}'.");
                }

                var attachedTo = server ?? (volume.ServerId is { } id ? state.FindServer(id) : null);
                var os = NewImageOs.OfType(attachedTo?.OsType ?? "Linux");
                var image = NewImageJob.Draft(state, project, Fields with { EnterpriseProjectId = enterpriseProject }, os) with
                {
                    VirtualEnvType = "DataImage",
                    MinDisk = volume.SizeGb,
                    DataOrigin = ImageSources.VolumeOrigin(volume.Id),
                };
                return (image, volume.ServerId);
            }
        }
    }
}
