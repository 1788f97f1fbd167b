using System;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>POST /v1/cloudimages/wholeimages/action: a full-ECS image of an ECS (<c>instance_id</c>, job
    /// imsCreateWholeImageByInstanceJob) or of a CSBS or CBR backup (<c>backup_id</c>, job
    /// imsCreateWholeImageByBackupJob).</summary>
    /// <remarks>The emulator keeps no backups: any backup ID in UUID form is a backup, of an unknown OS, until it has
    /// made an image ("A CSBS backup can be used to create only one full-ECS image", the same for CBR).</remarks>
    internal static class CreateFullEcsImageEndpoint
    {
        public const string ByInstanceJobType = "imsCreateWholeImageByInstanceJob";
        public const string ByBackupJobType = "imsCreateWholeImageByBackupJob";

        public static Route Route { get; } = Route.For("CreateFullEcsImage", "POST", "/v1/cloudimages/wholeimages/action", Handle);

        private static ImsResponse Handle(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            var fields = NewImageFields.Read(body);
            var serverId = body.String("instance_id");
            var backupId = body.String("backup_id");
            if ((serverId is null) == (backupId is null))
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest("give either instance_id or backup_id."));
            }

            var backupType = body.String("whole_image_type") ?? "CSBS";
            if (backupType is not ("CSBS" or "CBR"))
            {
                throw body.Wrong("whole_image_type", "CBR or CSBS");
            }

            _ = body.String("vault_id");
            var project = call.ProjectId;
            return call.Run(state => serverId is not null
                ? FromServer(state, project, fields, serverId)
                : FromBackup(state, project, fields, backupId!, backupType));
        }

        // A full-ECS image backs the ECS up first, so the ECS may be running or stopped.
        private static ImsResponse FromServer(ImsTransaction state, string project, NewImageFields fields, string serverId)
        {
            var server = ImageSources.FindServer(state, project, serverId);
            if (server.Status is not ("SHUTOFF" or "ACTIVE"))
            {
                throw ImsErrors.Refuse("IMG.0126", $"ECS '{serverId}' is {server.Status}.");
            }

            ImageSources.EnsureIdle(state, server);
            var systemDisk = ImageSources.SystemVolume(state, server);
            var image = NewImageJob.Draft(state, project, fields, NewImageOs.Of(server)) with
            {
                WholeImage = true,
                MinDisk = systemDisk.SizeGb,
                DataOrigin = ImageSources.ServerOrigin(server.Id),
            };
            return new NewImageJob(ByInstanceJobType, image).Start(state, project);
        }

        private static ImsResponse FromBackup(ImsTransaction state, string project, NewImageFields fields, string backupId, string backupType)
        {
            if (!Guid.TryParseExact(backupId, "D", out _))
            {
                throw ImsErrors.Refuse("IMG.0198", $"backup_id '{backupId}'.");
            }

            var made = state.Images().FirstOrDefault(i => string.Equals(i.BackupId, backupId, StringComparison.Ordinal) && i.Status != "killed");
            if (made is not null)
            {
                throw ImsErrors.Refuse(backupType == "CBR" ? "IMG.0029" : "IMG.0134", $"backup '{backupId}' made image '{made.Id}'.");
            }

            var image = NewImageJob.Draft(state, project, fields, NewImageOs.OfType("Linux", "Other")) with
            {
                WholeImage = true,
                BackupId = backupId,
                DataOrigin = "server_backup," + backupId,
            };
            return new NewImageJob(ByBackupJobType, image).Start(state, project);
        }
    }
}
