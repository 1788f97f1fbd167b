using System.Net;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;
using static CloudImages.EndToEnd.Tests.Operations.Images.ImageManagementFixture;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>PUT /v1/cloudimages/{image_id}/upload: an OBS file becomes the content of a queued image.</summary>
    public sealed class RegisterImageTests
    {
        [Fact]
        public async Task Registering_a_file_saves_the_image_then_makes_it_active()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddQueued(s);

            var job = await RegisterAsync(s, image.Id, CentosFile);

            Assert.Equal("saving", Stored(s, image.Id).Status);
            var done = await s.CompleteAsync(job);
            Assert.Equal(JobState.Success, done.Status);
            Assert.Equal(JobType.NativeImportImage, done.JobType);
            Assert.Equal(image.Id, done.Entities?.ImageId);
            var registered = Stored(s, image.Id);
            Assert.Equal("active", registered.Status);
            Assert.True(registered.IsRegistered);
            Assert.Equal(CentosFileBytes, registered.ImageSize);
            Assert.Equal("file", registered.RootOrigin);
        }

        [Fact]
        public async Task A_failed_job_kills_the_image()
        {
            await using var s = await ImsSession.StartAsync();
            s.Ims.JobOptions.Failures["imsNativeImportImageJob"] = new ImsJobFailure("IMS.0005", "The file is not an image.");
            var image = AddQueued(s);

            var job = await RegisterAsync(s, image.Id, CentosFile);

            var failed = await Assert.ThrowsAsync<ApiJobFailedException>(() => s.CompleteAsync(job));
            Assert.Equal("IMS.0005", failed.ErrorCode);
            Assert.Equal("killed", Stored(s, image.Id).Status);
        }

        [Fact]
        public async Task An_unknown_image_is_IMG_0027()
        {
            await using var s = await ImsSession.StartAsync();

            await BadRequestAsync(() => RegisterAsync(s, Guid.NewGuid().ToString(), CentosFile), "IMG.0027");
            Assert.Empty(s.Ims.Jobs);
        }

        [Fact]
        public async Task An_image_of_another_project_is_forbidden()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddQueued(s, Public);

            await RefusedAsync(() => RegisterAsync(s, image.Id, CentosFile), HttpStatusCode.Forbidden, "IMG.0026");
            Assert.Equal("queued", Stored(s, image.Id).Status);
        }

        [Fact]
        public async Task An_image_that_is_not_queued_is_IMG_0046()
        {
            await using var s = await ImsSession.StartAsync();
            var active = AddImage(s, "active-image");

            await BadRequestAsync(() => RegisterAsync(s, active.Id, CentosFile), "IMG.0046");
        }

        [Fact]
        public async Task A_second_registration_while_the_first_runs_is_IMG_0046()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddQueued(s);
            await RegisterAsync(s, image.Id, CentosFile);

            await BadRequestAsync(() => RegisterAsync(s, image.Id, CentosFile), "IMG.0046");
            Assert.Single(s.Ims.Jobs);
        }

        [Theory]
        [InlineData(DefaultInventory.Bucket + ":missing.qcow2", "IMG.0057")]
        [InlineData(DefaultInventory.Bucket + ":notes.txt", "IMG.0057")]
        [InlineData("Not_A_Bucket:centos7.qcow2", "IMG.0109")]
        [InlineData(DefaultInventory.Bucket + ":my images/centos7.qcow2", "IMG.0175")]
        public async Task A_file_that_cannot_be_registered_is_refused_and_changes_nothing(string url, string code)
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddQueued(s);

            await BadRequestAsync(() => RegisterAsync(s, image.Id, url), code);
            Assert.Equal(image, Stored(s, image.Id));
            Assert.Empty(s.Ims.Jobs);
        }

        [Fact]
        public async Task An_empty_file_is_IMG_0057()
        {
            var empty = new BucketObject(DefaultInventory.Bucket, "empty.vhd", 0);
            await using var s = await ImsSession.StartAsync(configure: o => o.Inventory.BucketObjects.Add(empty));
            var image = AddQueued(s);

            await BadRequestAsync(() => RegisterAsync(s, image.Id, DefaultInventory.Bucket + ":empty.vhd"), "IMG.0057");
        }

        [Theory]
        [InlineData("", "IMG.0007")]
        [InlineData("[]", "IMG.0001")]
        [InlineData("{}", "IMG.0001")]
        [InlineData("{\"image_url\": 42}", "IMG.0001")]
        [InlineData("{\"image_url\": \"no-colon-here\"}", "IMG.0017")]
        [InlineData("{\"image_url\": \":centos7.qcow2\"}", "IMG.0068")]
        [InlineData("{\"image_url\": \"ims-image-files:\"}", "IMG.0017")]
        public async Task A_malformed_body_is_a_400(string body, string code)
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddQueued(s);

            await RawRefusedAsync(s, "PUT", $"v1/cloudimages/{image.Id}/upload", body, code);
            Assert.Equal("queued", Stored(s, image.Id).Status);
        }

        // The queued image the OpenStack-native metadata creation leaves.
        private static CatalogueImage AddQueued(ImsSession s, Func<CatalogueImage, CatalogueImage>? configure = null) =>
            AddImage(s, "registered-image", i =>
            {
                var queued = i with { Status = "queued", IsRegistered = false, Size = 0, ImageSize = null };
                return configure?.Invoke(queued) ?? queued;
            });

        private static Task<ApiJob<Job>> RegisterAsync(ImsSession s, string id, string url) =>
            s.Owner.RegisterImageAsync(new RegisterImageRequest { ImageId = id, ImageUrl = url });
    }
}
