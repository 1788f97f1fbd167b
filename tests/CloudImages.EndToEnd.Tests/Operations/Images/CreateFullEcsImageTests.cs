using CloudImages.Emulator;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Images.CreateFixtures;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>CreateFullEcsImage (POST /v1/cloudimages/wholeimages/action): a full-ECS image of an ECS or of a CSBS
    /// or CBR backup.</summary>
    public sealed class CreateFullEcsImageTests
    {
        private const string LinuxServer = DefaultInventory.LinuxServerId;
        private const string Backup = "9b27efab-4a17-4c06-bfa2-3e0cf021d3c3";

        [Fact]
        public async Task An_ECS_makes_a_full_ECS_image()
        {
            await using var s = await ImsSession.StartAsync();
            var server = Server(LinuxServer);
            var job = await s.Owner.CreateFullEcsImageAsync(new CreateFullEcsImageRequest
            {
                Name = "instance_whole_image",
                Description = "Create an image from an ECS",
                InstanceId = LinuxServer,
                VaultId = "de9fcf45-11b2-432c-8562-5c5428574600",
                ImageTags = new[] { new NewImageTag { Key = "key1", Value = "value1" } },
                MaxRam = 8192,
            });
            var queued = Assert.Single((await s.Owner.ListImagesAsync(new ListImagesQuery { WholeImage = true })).Images!);
            Assert.Equal(ImageStatus.Queued, queued.Status);

            var done = await s.CompleteAsync(job);
            Assert.Equal(JobType.CreateWholeImageByInstance, done.JobType);
            Assert.Equal(queued.Id, done.Entities!.ImageId);
            Assert.Equal("instance_whole_image", done.Entities.ImageName);

            var image = Assert.Single((await s.Owner.ListImagesAsync(new ListImagesQuery { WholeImage = true, Status = ImageStatus.Active })).Images!);
            Assert.Equal(queued.Id, image.Id);
            Assert.Equal(server.OsVersion, image.OsVersion);
            Assert.Equal(Volume(server.SystemVolumeId).SizeGb, image.MinDisk);
            Assert.Equal("8192", image.MaxRam);
            Assert.Equal(new[] { "key1.value1" }, image.Tags);
            Assert.Equal(ImsSession.OwnerProjectId, image.Owner);
        }

        [Fact]
        public async Task A_running_ECS_also_makes_a_full_ECS_image()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Owner.CreateFullEcsImageAsync(Of("running", DefaultInventory.RunningServerId));
            var image = await FindAsync(s.Owner, (await s.CompleteAsync(job)).Entities!.ImageId!);
            Assert.Equal(Platform.Ubuntu, image.Platform);
        }

        [Fact]
        public async Task A_backup_makes_a_full_ECS_image_once()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Owner.CreateFullEcsImageAsync(new CreateFullEcsImageRequest
            {
                Name = "backup_whole_image",
                BackupId = Backup,
                WholeImageType = WholeImageType.Cbr,
                Tags = new[] { "aaa.111" },
            });

            var done = await s.CompleteAsync(job);
            Assert.Equal(JobType.CreateWholeImageByBackup, done.JobType);
            var image = await FindAsync(s.Owner, done.Entities!.ImageId!);
            Assert.Equal(ImageStatus.Active, image.Status);
            Assert.Equal(Backup, image.BackupId);

            await RefusedAsync(
                () => s.Owner.CreateFullEcsImageAsync(OfBackup("again") with { WholeImageType = WholeImageType.Cbr }),
                "IMG.0029");
            await RefusedAsync(() => s.Owner.CreateFullEcsImageAsync(OfBackup("again")), "IMG.0134");
        }

        [Fact]
        public async Task A_backup_whose_image_failed_may_be_used_again()
        {
            await using var s = await ImsSession.StartAsync();
            s.Ims.JobOptions.Failures["imsCreateWholeImageByBackupJob"] = new ImsJobFailure("IMS.0005", "The backup could not be read.");
            var failed = await s.Owner.CreateFullEcsImageAsync(OfBackup("first"));
            await Assert.ThrowsAsync<CloudImages.Runtime.ApiJobFailedException>(() => s.CompleteAsync(failed));

            s.Ims.JobOptions.Failures.Clear();
            var job = await s.Owner.CreateFullEcsImageAsync(OfBackup("second"));
            Assert.Equal(JobState.Success, (await s.CompleteAsync(job)).Status);
        }

        [Fact]
        public async Task A_backup_id_that_is_no_backup_id_is_refused_with_IMG_0198()
        {
            await using var s = await ImsSession.StartAsync();
            await RefusedAsync(() => s.Owner.CreateFullEcsImageAsync(OfBackup("x") with { BackupId = "backup-1" }), "IMG.0198");
        }

        [Fact]
        public async Task An_unknown_ECS_is_refused_with_IMG_0005()
        {
            await using var s = await ImsSession.StartAsync();
            await RefusedAsync(
                () => s.Owner.CreateFullEcsImageAsync(Of("x", "00000000-0000-4000-8000-000000000000")),
                "IMG.0005");
        }

        [Fact]
        public async Task An_ECS_in_another_state_is_refused_with_IMG_0126()
        {
            await using var s = await ImsSession.StartAsync(configure: o =>
                o.Inventory.Servers.Add(Server(LinuxServer) with { Id = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", Status = "ERROR" }));
            await RefusedAsync(
                () => s.Owner.CreateFullEcsImageAsync(Of("x", "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a")),
                "IMG.0126");
        }

        [Fact]
        public async Task An_ECS_being_backed_up_for_a_full_ECS_image_is_refused_with_IMG_0136()
        {
            await using var s = await ImsSession.StartAsync();
            var first = await s.Owner.CreateFullEcsImageAsync(Of("first", LinuxServer));
            await RefusedAsync(() => s.Owner.CreateFullEcsImageAsync(Of("second", LinuxServer)), "IMG.0136");
            await RefusedAsync(() => s.Owner.CreateImageAsync(new CreateImageRequest { Name = "second", InstanceId = LinuxServer }), "IMG.0136");
            await s.CompleteAsync(first);
        }

        [Fact]
        public async Task Both_or_neither_source_is_refused_with_IMG_0001()
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            #pragma warning disable CIMG0002, CIMG0004 // breaks the client's rule on purpose
            var both = new CreateFullEcsImageRequest { Name = "x", InstanceId = LinuxServer, BackupId = Backup };
            var neither = new CreateFullEcsImageRequest { Name = "x" };
            #pragma warning restore CIMG0002, CIMG0004
            await RefusedAsync(() => s.Owner.CreateFullEcsImageAsync(both), "IMG.0001");
            await RefusedAsync(() => s.Owner.CreateFullEcsImageAsync(neither), "IMG.0001");
        }

        [Fact]
        public async Task An_unknown_whole_image_type_is_refused_with_IMG_0001()
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            #pragma warning disable CIMG0004 // a value the client would refuse, sent to see the service refuse it
            await RefusedAsync(
                () => s.Owner.CreateFullEcsImageAsync(OfBackup("x") with { WholeImageType = new WholeImageType("VBS") }),
                "IMG.0001");
            #pragma warning restore CIMG0004
        }

        [Fact]
        public async Task A_full_ECS_image_needs_a_name_IMG_0013()
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            #pragma warning disable CIMG0005 // a value the client would refuse, sent to see the service refuse it
            await RefusedAsync(() => s.Owner.CreateFullEcsImageAsync(Of("", LinuxServer)), "IMG.0013");
            #pragma warning restore CIMG0005
        }

        private static CreateFullEcsImageRequest Of(string name, string serverId) => new() { Name = name, InstanceId = serverId };

        private static CreateFullEcsImageRequest OfBackup(string name) => new() { Name = name, BackupId = Backup };
    }
}
