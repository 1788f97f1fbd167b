using CloudImages.Emulator;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Images.CreateFixtures;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>CreateImage (POST /v2/cloudimages/action) from data disks: a system disk image of a data disk
    /// (volume_id), and data disk images of data disks (data_images alone).</summary>
    public sealed class CreateImageFromDataDiskTests
    {
        private const string FreeDisk = DefaultInventory.FreeDataVolumeId;
        private const string WindowsDisk = "0f5e4d3c-2b1a-4098-8765-4321fedcba98";

        [Fact]
        public async Task A_data_disk_makes_a_system_disk_image_of_the_OS_the_request_names()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest
            {
                Name = "ims_test",
                Description = "Create a system disk image from a data disk",
                VolumeId = FreeDisk,
                Type = CreateImageType.Ecs,
                OsVersion = "CentOS 7.0 64bit",
                Tags = new[] { "aaa.111" },
            });
            Assert.Equal(ImageStatus.Queued, (await FindByNameAsync(s.Owner, "ims_test")).Status);

            var done = await s.CompleteAsync(job);
            Assert.Equal(JobType.VolumeCreateImage, done.JobType);
            Assert.Equal("ims_test", done.Entities!.ImageName);
            var image = await FindAsync(s.Owner, done.Entities.ImageId!);
            Assert.Equal(ImageStatus.Active, image.Status);
            Assert.Equal("CentOS 7.0 64bit", image.OsVersion);
            Assert.Equal(Platform.CentOS, image.Platform);
            Assert.Equal(OsType.Linux, image.OsType);
            Assert.Equal(OsBit.Bit64, image.OsBit);
            Assert.Equal(VirtualEnvType.FusionCompute, image.VirtualEnvType);
            Assert.Equal(Volume(FreeDisk).SizeGb, image.MinDisk);
            Assert.Equal(new[] { "aaa.111" }, image.Tags);
            Assert.Equal(ImsSession.OwnerProjectId, image.Owner);
        }

        [Fact]
        public async Task Type_BMS_makes_an_Ironic_image_and_a_32_bit_version_a_32_bit_image()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest
            {
                Name = "bms",
                VolumeId = FreeDisk,
                Type = CreateImageType.Bms,
                OsVersion = "Windows 7 Professional 32bit",
            });

            var image = await FindAsync(s.Owner, (await s.CompleteAsync(job)).Entities!.ImageId!);
            Assert.Equal(VirtualEnvType.Ironic, image.VirtualEnvType);
            Assert.Equal(OsType.Windows, image.OsType);
            Assert.Equal(Platform.Windows, image.Platform);
            Assert.Equal(OsBit.Bit32, image.OsBit);
        }

        [Fact]
        public async Task Data_images_alone_make_data_disk_images_in_sub_jobs()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest
            {
                DataImages = new[]
                {
                    new CreateImageDataImage
                    {
                        Name = "ims_data_image_test",
                        Description = "Create a data disk image from the data disk of an ECS",
                        VolumeId = FreeDisk,
                        ImageTags = new[] { new NewImageTag { Key = "key2", Value = "value2" } },
                    },
                },
            });

            var done = await s.CompleteAsync(job);
            Assert.Equal(JobType.VolumesToSysDataImages, done.JobType);
            Assert.Null(done.Entities!.ImageId);
            var sub = Assert.Single(done.Entities.SubJobResults!);
            Assert.Equal("imsCopyVolumeToImageJob", sub.JobType?.Value);
            Assert.Equal("ims_data_image_test", sub.Entities!.ImageName);

            var image = await FindAsync(s.Owner, sub.Entities.ImageId!);
            Assert.Equal(ImageStatus.Active, image.Status);
            Assert.Equal(VirtualEnvType.DataImage, image.VirtualEnvType);
            Assert.Equal(Volume(FreeDisk).SizeGb, image.MinDisk);
            Assert.Equal("Create a data disk image from the data disk of an ECS", image.Description);
            Assert.Equal(new[] { "key2.value2" }, image.Tags);
        }

        [Fact]
        public async Task A_data_image_takes_the_OS_type_of_the_ECS_its_disk_is_attached_to()
        {
            await using var s = await ImsSession.StartAsync(configure: o =>
                o.Inventory.Volumes.Add(new EvsVolume(WindowsDisk, 50, Bootable: false) { ServerId = DefaultInventory.WindowsServerId }));
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest
            {
                DataImages = new[] { new CreateImageDataImage { Name = "windows-data", VolumeId = WindowsDisk } },
            });

            var sub = Assert.Single((await s.CompleteAsync(job)).Entities!.SubJobResults!);
            var image = await FindAsync(s.Owner, sub.Entities!.ImageId!);
            Assert.Equal(OsType.Windows, image.OsType);
            Assert.Equal(50, image.MinDisk);
        }

        [Fact]
        public async Task An_unknown_disk_is_refused_with_IMG_0120()
        {
            await using var s = await ImsSession.StartAsync();
            await RefusedAsync(
                () => s.Owner.CreateImageAsync(Of("00000000-0000-4000-8000-000000000000")),
                "IMG.0120");
            await RefusedAsync(
                () => s.Owner.CreateImageAsync(DataDisks("nope")),
                "IMG.0120");
        }

        [Fact]
        public async Task A_system_disk_is_refused_with_IMG_0006()
        {
            await using var s = await ImsSession.StartAsync();
            var systemDisk = Server(DefaultInventory.LinuxServerId).SystemVolumeId;
            await RefusedAsync(
                () => s.Owner.CreateImageAsync(Of(systemDisk)),
                "IMG.0006");
            await RefusedAsync(
                () => s.Owner.CreateImageAsync(DataDisks(systemDisk)),
                "IMG.0006");
        }

        [Fact]
        public async Task A_disk_with_an_image_in_the_making_is_refused_with_IMG_0022()
        {
            await using var s = await ImsSession.StartAsync();
            var first = await s.Owner.CreateImageAsync(Of(FreeDisk));
            await RefusedAsync(() => s.Owner.CreateImageAsync(DataDisks(FreeDisk)), "IMG.0022");

            await s.CompleteAsync(first);
            var second = await s.Owner.CreateImageAsync(DataDisks(FreeDisk));
            Assert.Equal(JobState.Success, (await s.CompleteAsync(second)).Status);
        }

        [Fact]
        public async Task Data_disks_of_different_ECSs_in_one_request_are_refused_with_IMG_0140()
        {
            await using var s = await ImsSession.StartAsync();
            var attached = Server(DefaultInventory.LinuxServerId).DataVolumeIds.Single();
            await RefusedAsync(() => s.Owner.CreateImageAsync(DataDisks(attached, FreeDisk)), "IMG.0140");
        }

        [Fact]
        public async Task An_os_version_the_values_page_does_not_list_is_refused_with_IMG_0056()
        {
            await using var s = await ImsSession.StartAsync();
            await RefusedAsync(
                () => s.Owner.CreateImageAsync(Of(FreeDisk) with { OsVersion = "CentOS 99 64bit" }),
                "IMG.0056");
        }

        [Fact]
        public async Task Type_IsoImage_is_refused_for_a_disk_with_IMG_0024()
        {
            await using var s = await ImsSession.StartAsync();
            await RefusedAsync(
                () => s.Owner.CreateImageAsync(Of(FreeDisk) with { Type = CreateImageType.IsoImage }),
                "IMG.0024");
        }

        [Fact]
        public async Task A_disk_without_os_version_is_refused_with_IMG_0001()
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            #pragma warning disable CIMG0003 // breaks the client's rule on purpose
            var request = new CreateImageRequest { Name = "x", VolumeId = FreeDisk };
            #pragma warning restore CIMG0003
            await RefusedAsync(() => s.Owner.CreateImageAsync(request), "IMG.0001");
        }

        [Fact]
        public async Task A_request_without_a_source_is_refused_with_IMG_0012()
        {
            await using var s = await ImsSession.StartAsync();
            await RefusedAsync(() => s.Owner.CreateImageAsync(new CreateImageRequest { Name = "x" }), "IMG.0012");
            await RefusedAsync(() => s.Owner.CreateImageAsync(DataDisks() with { Name = "x" }), "IMG.0012");
        }

        [Fact]
        public async Task Two_sources_are_refused_with_IMG_0001()
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            #pragma warning disable CIMG0002 // breaks the client's rule on purpose
            var request = Of(FreeDisk) with { InstanceId = DefaultInventory.LinuxServerId };
            #pragma warning restore CIMG0002
            await RefusedAsync(() => s.Owner.CreateImageAsync(request), "IMG.0001");
            Assert.Equal(0, s.Ims.Catalogue.Count);
        }

        private static CreateImageRequest Of(string volumeId) => new() { Name = "x", VolumeId = volumeId, OsVersion = "CentOS 7.0 64bit" };
    }
}
