using CloudImages.Emulator;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Images.CreateFixtures;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>ImportImageQuickly (POST /v2/cloudimages/quickimport/action): a system or data disk image from a
    /// ZVHD2 or RAW file of at most 1 TB.</summary>
    public sealed class ImportImageQuicklyTests
    {
        private const string Bucket = DefaultInventory.Bucket;

        [Fact]
        public async Task A_ZVHD2_file_makes_a_system_disk_image()
        {
            await using var s = await ImsSession.StartAsync();
            var file = File("ubuntu2004.zvhd2");
            var job = await s.Owner.ImportImageQuicklyAsync(new ImportImageQuicklyRequest
            {
                Name = "ims_test_file",
                Description = "Create an image using a file in an OBS bucket.",
                ImageUrl = file.Url,
                OsVersion = "Ubuntu 18.04 server 64bit",
                MinDisk = 40,
                Type = QuickImportImageType.Ecs,
                ImageTags = new[] { new NewImageTag { Key = "key2", Value = "value2" } },
            });
            Assert.Equal(ImageStatus.Queued, (await FindByNameAsync(s.Owner, "ims_test_file")).Status);

            var done = await s.CompleteAsync(job);
            Assert.Equal(JobType.ImportImage, done.JobType);
            var image = await FindAsync(s.Owner, done.Entities!.ImageId!);
            Assert.Equal(ImageStatus.Active, image.Status);
            Assert.Equal(VirtualEnvType.FusionCompute, image.VirtualEnvType);
            Assert.Equal(DiskFormat.Zvhd2, image.DiskFormat);
            Assert.Equal(Platform.Ubuntu, image.Platform);
            Assert.Equal(file.SizeBytes, image.ImageSize);
            Assert.Equal(FirmwareType.Bios, image.HwFirmwareType);
            Assert.Equal(new[] { "key2.value2" }, image.Tags);
        }

        [Fact]
        public async Task An_Arm_image_boots_with_UEFI_and_BMS_makes_an_Ironic_image()
        {
            await using var s = await StartWithFilesAsync(("arm.raw", 2L << 30));
            var job = await s.Owner.ImportImageQuicklyAsync(new ImportImageQuicklyRequest
            {
                Name = "arm",
                ImageUrl = Bucket + ":arm.raw",
                OsVersion = "EulerOS 2.9 64bit",
                MinDisk = 2,
                Type = QuickImportImageType.Bms,
                Architecture = ImageArchitecture.Arm,
                HwFirmwareType = FirmwareType.Bios,
            });

            var image = await FindAsync(s.Owner, (await s.CompleteAsync(job)).Entities!.ImageId!);
            Assert.Equal(FirmwareType.Uefi, image.HwFirmwareType);
            Assert.Equal(VirtualEnvType.Ironic, image.VirtualEnvType);
            Assert.Equal(DiskFormat.Raw, image.DiskFormat);
            Assert.Equal(Platform.EulerOS, image.Platform);
        }

        [Fact]
        public async Task Type_DataImage_makes_a_data_disk_image()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Owner.ImportImageQuicklyAsync(new ImportImageQuicklyRequest
            {
                Name = "quick-data",
                ImageUrl = File("ubuntu2004.zvhd2").Url,
                OsType = DataDiskOsType.Windows,
                MinDisk = 40,
                Type = QuickImportImageType.DataImage,
            });

            var done = await s.CompleteAsync(job);
            Assert.Equal(JobType.ImportDataImage, done.JobType);
            var image = await FindAsync(s.Owner, done.Entities!.ImageId!);
            Assert.Equal(VirtualEnvType.DataImage, image.VirtualEnvType);
            Assert.Equal(OsType.Windows, image.OsType);
            Assert.Null(image.OsVersion);
        }

        [Fact]
        public async Task A_QCOW2_file_is_refused_with_IMG_0072()
        {
            await using var s = await ImsSession.StartAsync();
            await RefusedAsync(() => s.Owner.ImportImageQuicklyAsync(Request(File("centos7.qcow2").Url)), "IMG.0072");
        }

        [Fact]
        public async Task A_system_disk_image_without_os_version_is_refused_with_IMG_0001()
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            #pragma warning disable CIMG0003 // breaks the client's rule on purpose
            var request = Request(File("ubuntu2004.zvhd2").Url) with { OsVersion = null, Type = QuickImportImageType.Ecs };
            #pragma warning restore CIMG0003
            await RefusedAsync(() => s.Owner.ImportImageQuicklyAsync(request), "IMG.0001");
        }

        [Fact]
        public async Task An_unknown_architecture_is_refused_with_IMG_0212_and_an_unknown_type_with_IMG_0024()
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            #pragma warning disable CIMG0004 // values the client would refuse, sent to see the service refuse them
            var zvhd2 = Request(File("ubuntu2004.zvhd2").Url);
            await RefusedAsync(() => s.Owner.ImportImageQuicklyAsync(zvhd2 with { Architecture = new ImageArchitecture("mips") }), "IMG.0212");
            await RefusedAsync(() => s.Owner.ImportImageQuicklyAsync(zvhd2 with { Type = new QuickImportImageType("IsoImage") }), "IMG.0024");
            #pragma warning restore CIMG0004
        }

        [Fact]
        public async Task A_disk_smaller_than_the_file_is_refused_with_IMG_0055()
        {
            await using var s = await StartWithFilesAsync(("three.raw", 3L << 30));
            await RefusedAsync(() => s.Owner.ImportImageQuicklyAsync(Request(Bucket + ":three.raw") with { MinDisk = 2 }), "IMG.0055");
            var job = await s.Owner.ImportImageQuicklyAsync(Request(Bucket + ":three.raw") with { MinDisk = 3 });
            Assert.Equal(JobState.Success, (await s.CompleteAsync(job)).Status);
        }

        [Fact]
        public async Task A_file_over_1_TB_is_refused_with_IMG_0059()
        {
            await using var s = await StartWithFilesAsync(("huge.zvhd2", (1L << 40) + 1));
            await RefusedAsync(() => s.Owner.ImportImageQuicklyAsync(Request(Bucket + ":huge.zvhd2") with { MinDisk = 1024 }), "IMG.0059");
        }

        private static ImportImageQuicklyRequest Request(string url) =>
            new() { Name = "quick", ImageUrl = url, OsVersion = "CentOS 7.0 64bit", MinDisk = 40 };
    }
}
