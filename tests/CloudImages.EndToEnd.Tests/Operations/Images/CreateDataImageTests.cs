using CloudImages.Emulator;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Images.CreateFixtures;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>CreateDataImage (POST /v1/cloudimages/dataimages/action): a data disk image from a file in OBS.</summary>
    public sealed class CreateDataImageTests
    {
        [Fact]
        public async Task A_data_disk_image_file_makes_a_data_disk_image()
        {
            await using var s = await ImsSession.StartAsync();
            var file = File("data-disk.vhd");
            var job = await s.Owner.CreateDataImageAsync(new CreateDataImageRequest
            {
                Name = "fedora-data1",
                ImageUrl = file.Url,
                Description = "Data disk 1 of Fedora",
                MinDisk = 40,
                Tags = new[] { "aaa.111", "bbb.222" },
                OsType = DataDiskOsType.Windows,
                CmkId = "3b1c4e6f-8a7d-4e2b-9c0d-5f6e7a8b9c0d",
            });
            Assert.Equal(ImageStatus.Queued, (await FindByNameAsync(s.Owner, "fedora-data1")).Status);

            var done = await s.CompleteAsync(job);
            Assert.Equal(JobType.ImportDataImage, done.JobType);
            Assert.Equal("fedora-data1", done.Entities!.ImageName);
            var image = await FindAsync(s.Owner, done.Entities.ImageId!);
            Assert.Equal(ImageStatus.Active, image.Status);
            Assert.Equal(VirtualEnvType.DataImage, image.VirtualEnvType);
            Assert.Equal(OsType.Windows, image.OsType);
            Assert.Equal(DiskFormat.Vhd, image.DiskFormat);
            Assert.Equal(40, image.MinDisk);
            Assert.Equal(file.SizeBytes, image.ImageSize);
            Assert.Equal("Data disk 1 of Fedora", image.Description);
            Assert.Equal(new[] { "aaa.111", "bbb.222" }, image.Tags);
            Assert.Equal("3b1c4e6f-8a7d-4e2b-9c0d-5f6e7a8b9c0d", image.SystemCmkId);
        }

        [Fact]
        public async Task The_os_type_is_Linux_by_default()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Owner.CreateDataImageAsync(DataFile("d", minDisk: 2048));
            var image = await FindAsync(s.Owner, (await s.CompleteAsync(job)).Entities!.ImageId!);
            Assert.Equal(OsType.Linux, image.OsType);
            Assert.Equal(2048, image.MinDisk);
        }

        [Theory]
        [InlineData(39)]
        [InlineData(2049)]
        public async Task A_min_disk_outside_40_to_2048_GB_is_refused_with_IMG_0055(int minDisk)
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            await RefusedAsync(
                () => s.Owner.CreateDataImageAsync(DataFile("d", minDisk: minDisk)),
                "IMG.0055");
        }

        [Fact]
        public async Task An_os_type_other_than_Linux_or_Windows_is_refused_with_IMG_0122()
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            #pragma warning disable CIMG0004 // a value the client would refuse, sent to see the service refuse it
            await RefusedAsync(
                () => s.Owner.CreateDataImageAsync(DataFile("d") with { OsType = new DataDiskOsType("Other") }),
                "IMG.0122");
            #pragma warning restore CIMG0004
        }

        [Fact]
        public async Task A_missing_file_is_refused_with_IMG_0057_and_an_ISO_file_with_IMG_0072()
        {
            await using var s = await StartWithFilesAsync(("disk.iso", 1L << 30));
            await RefusedAsync(
                () => s.Owner.CreateDataImageAsync(DataFile("d", "nope.vhd")),
                "IMG.0057");
            await RefusedAsync(
                () => s.Owner.CreateDataImageAsync(DataFile("d", "disk.iso")),
                "IMG.0072");
        }
    }
}
