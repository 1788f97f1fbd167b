using CloudImages.Emulator;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Images.CreateFixtures;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>CreateImage (POST /v2/cloudimages/action) from an image file in OBS (image_url), with data disk image
    /// files, ISO and OVA files, and the quick import.</summary>
    public sealed class CreateImageFromFileTests
    {
        private const string Bucket = DefaultInventory.Bucket;

        [Fact]
        public async Task A_file_in_OBS_makes_an_image_of_its_size_and_the_OS_the_request_names()
        {
            await using var s = await ImsSession.StartAsync();
            var file = File("centos7.qcow2");
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest
            {
                Name = "ims_test_file",
                Description = "Create an image from a file in an OBS bucket",
                ImageUrl = file.Url,
                OsVersion = "CentOS 7.0 64bit",
                MinDisk = 40,
                MinRam = 2048,
                HwFirmwareType = FirmwareType.Uefi,
                Tags = new[] { "aaa.111", "bbb.333", "ccc.444" },
            });
            var queued = await FindByNameAsync(s.Owner, "ims_test_file");
            Assert.Equal(ImageStatus.Queued, queued.Status);

            var done = await s.CompleteAsync(job);
            Assert.Equal(JobType.ImportImage, done.JobType);
            Assert.Equal(queued.Id, done.Entities!.ImageId);
            Assert.Null(done.Entities.SubJobResults);

            var image = await FindAsync(s.Owner, queued.Id!);
            Assert.Equal(ImageStatus.Active, image.Status);
            Assert.Equal(file.SizeBytes, image.Size);
            Assert.Equal(file.SizeBytes, image.ImageSize);
            Assert.Equal(DiskFormat.Qcow2, image.DiskFormat);
            Assert.Equal(40, image.MinDisk);
            Assert.Equal(2048, image.MinRam);
            Assert.Equal("CentOS 7.0 64bit", image.OsVersion);
            Assert.Equal(Platform.CentOS, image.Platform);
            Assert.Equal(FirmwareType.Uefi, image.HwFirmwareType);
            Assert.Equal(VirtualEnvType.FusionCompute, image.VirtualEnvType);
            Assert.Equal(new[] { "aaa.111", "bbb.333", "ccc.444" }, image.Tags);
            Assert.Equal("", image.OriginalImageName);
        }

        [Fact]
        public async Task Without_os_version_the_image_has_the_os_type_of_the_request_and_no_version()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest
            {
                Name = "windows-file",
                ImageUrl = File("data-disk.vhd").Url,
                OsType = OsType.Windows,
                MinDisk = 60,
            });

            var image = await FindAsync(s.Owner, (await s.CompleteAsync(job)).Entities!.ImageId!);
            Assert.Equal(OsType.Windows, image.OsType);
            Assert.Null(image.OsVersion);
            Assert.Equal(DiskFormat.Vhd, image.DiskFormat);
            Assert.Equal(FirmwareType.Bios, image.HwFirmwareType);
        }

        [Fact]
        public async Task Data_image_files_are_imported_by_sub_jobs_with_the_OS_type_of_the_system_disk()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest
            {
                Name = "with-data",
                ImageUrl = File("centos7.qcow2").Url,
                OsVersion = "CentOS 7.0 64bit",
                MinDisk = 40,
                DataImages = new[]
                {
                    new CreateImageDataImage { Name = "data-one", ImageUrl = File("data-disk.vhd").Url, MinDisk = 100, Tags = new[] { "d.1" } },
                    new CreateImageDataImage { ImageUrl = File("ubuntu2004.zvhd2").Url, MinDisk = 200, IsQuickImport = true },
                },
            });

            var done = await s.CompleteAsync(job);
            Assert.Equal(JobType.ImportImage, done.JobType);
            Assert.Equal("with-data", done.Entities!.ImageName);
            Assert.Equal(new[] { "data-one", "with-data-data2" }, done.Entities.SubJobResults!.Select(j => j.Entities!.ImageName));
            Assert.All(done.Entities.SubJobResults!, j => Assert.Equal("imsImportDataImageJob", j.JobType?.Value));

            var first = await FindAsync(s.Owner, done.Entities.SubJobResults![0].Entities!.ImageId!);
            var second = await FindAsync(s.Owner, done.Entities.SubJobResults![1].Entities!.ImageId!);
            Assert.Equal(VirtualEnvType.DataImage, first.VirtualEnvType);
            Assert.Equal(100, first.MinDisk);
            Assert.Equal(File("data-disk.vhd").SizeBytes, first.Size);
            Assert.Equal(new[] { "d.1" }, first.Tags);
            Assert.Equal(OsType.Linux, first.OsType);
            Assert.Equal(ImageStatus.Active, second.Status);
            Assert.Equal(200, second.MinDisk);
        }

        [Fact]
        public async Task An_OVA_file_is_imported_by_an_imsImportOvaImageJob_whose_sub_job_names_the_image()
        {
            await using var s = await StartWithFilesAsync(("appliance.ova", 3L << 30));
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest
            {
                Name = "appliance",
                ImageUrl = Bucket + ":appliance.ova",
                OsVersion = "Ubuntu 18.04 server 64bit",
                MinDisk = 40,
            });

            var done = await s.CompleteAsync(job);
            Assert.Equal(JobType.ImportOvaImage, done.JobType);
            Assert.Null(done.Entities!.ImageId);
            var sub = Assert.Single(done.Entities.SubJobResults!);
            Assert.Equal("imsImportImageJob", sub.JobType?.Value);
            Assert.Equal("appliance", sub.Entities!.ImageName);
            var image = await FindAsync(s.Owner, sub.Entities.ImageId!);
            Assert.Equal(ImageStatus.Active, image.Status);
            Assert.Equal(Platform.Ubuntu, image.Platform);
            Assert.Equal(3L << 30, image.ImageSize);
        }

        [Fact]
        public async Task An_ISO_file_of_type_IsoImage_makes_an_ISO_image()
        {
            await using var s = await StartWithFilesAsync(("centos70.iso", 1L << 30));
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest
            {
                Name = "iso",
                ImageUrl = Bucket + ":centos70.iso",
                Type = CreateImageType.IsoImage,
                OsVersion = "CentOS 7.0 64bit",
                MinDisk = 40,
            });

            var image = await FindAsync(s.Owner, (await s.CompleteAsync(job)).Entities!.ImageId!);
            Assert.Equal(VirtualEnvType.IsoImage, image.VirtualEnvType);
        }

        [Fact]
        public async Task A_quick_import_takes_a_ZVHD2_file()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest
            {
                Name = "quick",
                ImageUrl = File("ubuntu2004.zvhd2").Url,
                OsVersion = "Ubuntu 18.04 server 64bit",
                MinDisk = 40,
                IsQuickImport = true,
            });

            var image = await FindAsync(s.Owner, (await s.CompleteAsync(job)).Entities!.ImageId!);
            Assert.Equal(DiskFormat.Zvhd2, image.DiskFormat);
        }

        [Fact]
        public async Task A_file_that_is_not_in_the_bucket_is_refused_with_IMG_0057_and_an_unknown_bucket_with_IMG_0069()
        {
            await using var s = await ImsSession.StartAsync();
            await RefusedAsync(() => s.Owner.CreateImageAsync(Request(Bucket + ":missing.qcow2")), "IMG.0057");
            await RefusedAsync(() => s.Owner.CreateImageAsync(Request("no-such-bucket:centos7.qcow2")), "IMG.0069");
        }

        [Fact]
        public async Task An_empty_file_is_refused_with_IMG_0057()
        {
            await using var s = await StartWithFilesAsync(("empty.qcow2", 0));
            await RefusedAsync(() => s.Owner.CreateImageAsync(Request(Bucket + ":empty.qcow2")), "IMG.0057");
        }

        [Fact]
        public async Task A_file_over_128_GB_is_refused_with_IMG_0059_unless_imported_quickly()
        {
            await using var s = await StartWithFilesAsync(("big.zvhd2", (128L << 30) + 1));
            await RefusedAsync(() => s.Owner.CreateImageAsync(Request(Bucket + ":big.zvhd2") with { MinDisk = 200 }), "IMG.0059");

            var job = await s.Owner.CreateImageAsync(Request(Bucket + ":big.zvhd2") with { MinDisk = 200, IsQuickImport = true });
            Assert.Equal(JobState.Success, (await s.CompleteAsync(job)).Status);
        }

        [Theory]
        [InlineData("ims-image-files", "IMG.0017")]
        [InlineData("ims-image-files:", "IMG.0017")]
        [InlineData(":centos7.qcow2", "IMG.0068")]
        [InlineData("Bad_Bucket:centos7.qcow2", "IMG.0109")]
        [InlineData("ims-image-files:my image.qcow2", "IMG.0175")]
        [InlineData("ims-image-files:notes.txt", "IMG.0072")]
        public async Task A_malformed_image_url_is_refused_with_its_code(string url, string code)
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            await RefusedAsync(() => s.Owner.CreateImageAsync(Request(url)), code);
        }

        [Fact]
        public async Task An_ISO_image_without_os_version_is_refused_with_IMG_0166()
        {
            await using var s = await StartWithFilesAsync(("centos70.iso", 1L << 30));
            s.Owner.ValidateQueries = false;
            #pragma warning disable CIMG0003 // breaks the client's rule on purpose
            var request = new CreateImageRequest { Name = "iso", ImageUrl = Bucket + ":centos70.iso", Type = CreateImageType.IsoImage, MinDisk = 40 };
            #pragma warning restore CIMG0003
            await RefusedAsync(() => s.Owner.CreateImageAsync(request), "IMG.0166");
        }

        [Fact]
        public async Task An_ISO_file_of_another_type_is_refused_with_IMG_0024_and_type_IsoImage_of_another_file_with_IMG_0072()
        {
            await using var s = await StartWithFilesAsync(("centos70.iso", 1L << 30));
            await RefusedAsync(() => s.Owner.CreateImageAsync(Request(Bucket + ":centos70.iso")), "IMG.0024");
            await RefusedAsync(() => s.Owner.CreateImageAsync(Request(File("centos7.qcow2").Url) with { Type = CreateImageType.IsoImage }), "IMG.0072");
        }

        [Fact]
        public async Task A_quick_import_of_a_QCOW2_file_is_refused_with_IMG_0072()
        {
            await using var s = await ImsSession.StartAsync();
            await RefusedAsync(() => s.Owner.CreateImageAsync(Request(File("centos7.qcow2").Url) with { IsQuickImport = true }), "IMG.0072");
        }

        [Fact]
        public async Task An_os_type_that_is_not_the_os_version_s_is_refused_with_IMG_0122()
        {
            await using var s = await ImsSession.StartAsync();
            await RefusedAsync(() => s.Owner.CreateImageAsync(Request(File("centos7.qcow2").Url) with { OsType = OsType.Windows }), "IMG.0122");
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1025)]
        public async Task A_min_disk_outside_1_to_1024_GB_is_refused_with_IMG_0055(int minDisk)
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            await RefusedAsync(() => s.Owner.CreateImageAsync(Request(File("centos7.qcow2").Url) with { MinDisk = minDisk }), "IMG.0055");
        }

        [Fact]
        public async Task Four_data_image_files_are_refused_with_IMG_0194()
        {
            await using var s = await ImsSession.StartAsync();
            var data = Enumerable.Range(1, 4)
                .Select(i => new CreateImageDataImage { Name = $"d{i}", ImageUrl = File("data-disk.vhd").Url, MinDisk = 40 })
                .ToArray();
            await RefusedAsync(() => s.Owner.CreateImageAsync(Request(File("centos7.qcow2").Url) with { DataImages = data }), "IMG.0194");
        }

        [Fact]
        public async Task A_file_named_twice_is_refused_with_IMG_0123()
        {
            await using var s = await ImsSession.StartAsync();
            var data = new[] { new CreateImageDataImage { Name = "d", ImageUrl = File("centos7.qcow2").Url, MinDisk = 40 } };
            await RefusedAsync(() => s.Owner.CreateImageAsync(Request(File("centos7.qcow2").Url) with { DataImages = data }), "IMG.0123");
            Assert.Equal(0, s.Ims.Catalogue.Count);
        }

        private static CreateImageRequest Request(string url) => new() { Name = "file", ImageUrl = url, OsVersion = "CentOS 7.0 64bit", MinDisk = 40 };
    }
}
