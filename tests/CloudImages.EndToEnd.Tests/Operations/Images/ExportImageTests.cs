using System.Net;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;
using static CloudImages.EndToEnd.Tests.Operations.Images.ImageManagementFixture;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>POST /v1/cloudimages/{image_id}/file: a private image becomes a file in an OBS bucket when the job
    /// succeeds; the page's constraints are refused with their codes.</summary>
    public sealed class ExportImageTests
    {
        private const string Target = DefaultInventory.Bucket + ":exports/centos.qcow2";

        private const long GiB = 1L << 30;

        [Fact]
        public async Task The_file_appears_in_the_bucket_when_the_job_succeeds()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "exported", i => i with { ImageSize = 3 * GiB });

            var job = await ExportAsync(s, image.Id, Target, ExportFileFormat.Qcow2);

            Assert.DoesNotContain(s.Ims.BucketObjects, o => o.Key == "exports/centos.qcow2");
            var done = await s.CompleteAsync(job);
            Assert.Equal(JobState.Success, done.Status);
            Assert.Equal(JobType.NativeExportImage, done.JobType);
            Assert.Equal(image.Id, done.Entities?.ImageId);
            Assert.Contains(new BucketObject(DefaultInventory.Bucket, "exports/centos.qcow2", 3 * GiB), s.Ims.BucketObjects);
            Assert.Equal(image, Stored(s, image.Id));
        }

        [Fact]
        public async Task A_failed_export_writes_nothing_and_leaves_the_image_active()
        {
            await using var s = await ImsSession.StartAsync();
            s.Ims.JobOptions.Failures["imsNativeExportImageJob"] = new ImsJobFailure("IMS.0005", "The bucket refused the file.");
            var image = AddImage(s, "exported");

            var job = await ExportAsync(s, image.Id, Target, ExportFileFormat.Vmdk);

            await Assert.ThrowsAsync<ApiJobFailedException>(() => s.CompleteAsync(job));
            Assert.DoesNotContain(s.Ims.BucketObjects, o => o.Key == "exports/centos.qcow2");
            Assert.Equal("active", Stored(s, image.Id).Status);
        }

        [Fact]
        public async Task A_fast_export_needs_no_format_and_takes_images_over_128_GB()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "large", i => i with { ImageSize = 200 * GiB });
            var request = new ExportImageRequest { ImageId = image.Id, BucketUrl = DefaultInventory.Bucket + ":large.zvhd2", IsQuickExport = true };

            var done = await s.CompleteAsync(await s.Owner.ExportImageAsync(request));

            Assert.Equal(JobState.Success, done.Status);
            Assert.Contains(new BucketObject(DefaultInventory.Bucket, "large.zvhd2", 200 * GiB), s.Ims.BucketObjects);
        }

        [Fact]
        public async Task An_image_over_128_GB_without_fast_export_is_IMG_0160_and_1_TB_is_IMG_0059()
        {
            await using var s = await ImsSession.StartAsync();
            var large = AddImage(s, "large", i => i with { ImageSize = 129 * GiB });
            var huge = AddImage(s, "huge", i => i with { ImageSize = 1024 * GiB });

            await BadRequestAsync(() => ExportAsync(s, large.Id, Target, ExportFileFormat.Vhd), "IMG.0160");
            var quick = new ExportImageRequest { ImageId = huge.Id, BucketUrl = Target, IsQuickExport = true };
            await BadRequestAsync(() => s.Owner.ExportImageAsync(quick), "IMG.0059");
            Assert.Empty(s.Ims.Jobs);
        }

        [Fact]
        public async Task Images_the_page_excludes_are_refused_with_their_codes()
        {
            await using var s = await ImsSession.StartAsync();
            var windowsPublic = AddImage(s, "Windows Server 2019", i => Public(i) with { Platform = "Windows" });
            var fromWindows = AddImage(s, "from-windows", i => i with { Platform = "Windows", OriginalImageName = windowsPublic.Id });
            var fullEcs = AddImage(s, "full-ecs", i => i with { WholeImage = true });
            var iso = AddImage(s, "iso", i => i with { VirtualEnvType = "IsoImage" });
            var queued = AddImage(s, "queued", i => i with { Status = "queued" });

            Task Export(CatalogueImage image) => ExportAsync(s, image.Id, Target, ExportFileFormat.Qcow2);
            await BadRequestAsync(() => Export(windowsPublic), "IMG.0077");
            await BadRequestAsync(() => Export(fromWindows), "IMG.0079");
            await BadRequestAsync(() => Export(fullEcs), "IMG.0128");
            await BadRequestAsync(() => Export(iso), "IMG.0167");
            await BadRequestAsync(() => Export(queued), "IMG.0046");
            await BadRequestAsync(() => Export(new CatalogueImage { Id = Guid.NewGuid().ToString(), Name = "nowhere" }), "IMG.0027");
            Assert.Empty(s.Ims.Jobs);
        }

        [Fact]
        public async Task A_private_image_from_a_free_public_image_is_exported()
        {
            await using var s = await ImsSession.StartAsync();
            var centosPublic = AddImage(s, "CentOS 7", i => Public(i) with { Platform = "CentOS" });
            var fromCentos = AddImage(s, "from-centos", i => i with { Platform = "CentOS", OriginalImageName = centosPublic.Id });

            var done = await s.CompleteAsync(await ExportAsync(s, fromCentos.Id, Target, ExportFileFormat.Zvhd));

            Assert.Equal(JobState.Success, done.Status);
        }

        [Fact]
        public async Task An_image_shared_with_the_caller_is_forbidden()
        {
            await using var s = await ImsSession.StartAsync();
            var shared = AddImage(s, "shared-with-me", i => SharedWithOwner(i));

            await RefusedAsync(
                () => ExportAsync(s, shared.Id, Target, ExportFileFormat.Qcow2),
                HttpStatusCode.Forbidden,
                "IMG.0026");
        }

        [Fact]
        public async Task The_target_must_be_a_new_file_in_an_existing_bucket()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "exported");

            Task Export(string url) => ExportAsync(s, image.Id, url, ExportFileFormat.Qcow2);
            await BadRequestAsync(() => Export(CentosFile), "IMG.0070");
            await BadRequestAsync(() => Export("no-such-bucket:centos.qcow2"), "IMG.0069");
            await BadRequestAsync(() => Export("Bad_Bucket:centos.qcow2"), "IMG.0109");
            await BadRequestAsync(() => Export(DefaultInventory.Bucket + ":with space.qcow2"), "IMG.0175");
            await BadRequestAsync(() => Export(DefaultInventory.Bucket + ":" + new string('k', 1025)), "IMG.0074");
            Assert.Empty(s.Ims.Jobs);
        }

        [Fact]
        public async Task An_export_under_way_refuses_a_second_one_of_the_image_or_to_its_file()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "exported");
            var other = AddImage(s, "other");
            await ExportAsync(s, image.Id, Target, ExportFileFormat.Qcow2);

            await BadRequestAsync(
                () => ExportAsync(s, image.Id, Target + ".copy", ExportFileFormat.Qcow2),
                "IMG.0148");
            await BadRequestAsync(() => ExportAsync(s, other.Id, Target, ExportFileFormat.Qcow2), "IMG.0070");

            s.FinishJobs();
            var again = await ExportAsync(s, image.Id, Target + ".copy", ExportFileFormat.Qcow2);
            Assert.Equal(JobState.Success, (await s.CompleteAsync(again)).Status);
        }

        [Theory]
        [InlineData("", "IMG.0007")]
        [InlineData("{\"file_format\": \"qcow2\"}", "IMG.0001")]
        [InlineData("{\"bucket_url\": \"ims-image-files:x.qcow2\"}", "IMG.0001")]
        [InlineData("{\"bucket_url\": \"ims-image-files:x.qcow2\", \"file_format\": \"qcow2\", \"is_quick_export\": true}", "IMG.0001")]
        [InlineData("{\"bucket_url\": \"ims-image-files:x.qcow2\", \"file_format\": \"qcow2\", \"is_quick_export\": \"no\"}", "IMG.0001")]
        [InlineData("{\"bucket_url\": \"ims-image-files:x.raw\", \"file_format\": \"raw\"}", "IMG.0072")]
        [InlineData("{\"bucket_url\": \"ims-image-files\", \"file_format\": \"qcow2\"}", "IMG.0017")]
        [InlineData("{\"bucket_url\": \"ims-image-files:\", \"file_format\": \"qcow2\"}", "IMG.0073")]
        [InlineData("{\"bucket_url\": \":x.qcow2\", \"file_format\": \"qcow2\"}", "IMG.0068")]
        public async Task A_malformed_body_is_a_400(string body, string code)
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s, "exported");

            await RawRefusedAsync(s, "POST", $"v1/cloudimages/{image.Id}/file", body, code);
            Assert.Empty(s.Ims.Jobs);
        }

        private static Task<ApiJob<Job>> ExportAsync(ImsSession s, string id, string url, ExportFileFormat format) =>
            s.Owner.ExportImageAsync(new ExportImageRequest { ImageId = id, BucketUrl = url, FileFormat = format });
    }
}
