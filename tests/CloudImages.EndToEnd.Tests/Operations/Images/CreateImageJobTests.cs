using System.Net;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;
using static CloudImages.EndToEnd.Tests.Operations.Images.CreateFixtures;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>What every creating operation shares: the job on the clock, injected failures, the image quota, who
    /// sees the new image, and malformed bodies.</summary>
    public sealed class CreateImageJobTests
    {
        private const string LinuxServer = DefaultInventory.LinuxServerId;

        [Fact]
        public async Task The_image_stays_queued_while_the_job_is_INIT_or_RUNNING()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest { Name = "slow", InstanceId = LinuxServer });
            var started = s.Ims.Jobs.Single();

            Assert.Equal(JobState.Init, (await job.UpdateStatusAsync()).Status);
            s.Clock.Advance(started.InitFor);
            Assert.Equal(JobState.Running, (await job.UpdateStatusAsync()).Status);
            Assert.Equal(ImageStatus.Queued, (await FindByNameAsync(s.Owner, "slow")).Status);

            s.Clock.Advance(started.RunFor);
            Assert.Equal(JobState.Success, (await job.UpdateStatusAsync()).Status);
            Assert.Equal(ImageStatus.Active, (await FindByNameAsync(s.Owner, "slow")).Status);
        }

        [Fact]
        public async Task A_failed_job_kills_its_images_and_the_wait_throws_its_code()
        {
            await using var s = await ImsSession.StartAsync();
            s.Ims.JobOptions.Failures["imsCreateImageByInstance"] = new ImsJobFailure("IMS.0005", "The ECS could not be imaged.");
            s.Owner.ValidateQueries = false;
            var job = await s.Owner.CreateImageAsync(WithDataImage("doomed", LinuxServer, "doomed-data", Server(LinuxServer).DataVolumeIds.Single()));

            var error = await Assert.ThrowsAsync<ApiJobFailedException>(() => s.CompleteAsync(job));
            Assert.Equal("IMS.0005", error.ErrorCode);
            Assert.Equal("The ECS could not be imaged.", error.FailReason);
            Assert.Equal(ImageStatus.Killed, (await FindByNameAsync(s.Owner, "doomed")).Status);
            Assert.Equal(ImageStatus.Killed, (await FindByNameAsync(s.Owner, "doomed-data")).Status);

            // A killed image holds the ECS no more.
            s.Ims.JobOptions.Failures.Clear();
            var again = await s.Owner.CreateImageAsync(new CreateImageRequest { Name = "retry", InstanceId = LinuxServer });
            Assert.Equal(JobState.Success, (await s.CompleteAsync(again)).Status);
        }

        [Fact]
        public async Task Each_operation_fails_with_the_failure_of_its_job_type()
        {
            await using var s = await ImsSession.StartAsync();
            foreach (var type in new[] { "imsImportImageJob", "imsImportDataImageJob", "imsCreateWholeImageByInstanceJob", "imsVolumeCreateImageJob" })
            {
                s.Ims.JobOptions.Failures[type] = new ImsJobFailure("IMS.0005", type + " failed.");
            }

            var jobs = new[]
            {
                ("imsImportImageJob", await s.Owner.CreateImageAsync(new CreateImageRequest
                {
                    Name = "a", ImageUrl = File("centos7.qcow2").Url, MinDisk = 40,
                })),
                ("imsImportImageJob", await s.Owner.ImportImageQuicklyAsync(new ImportImageQuicklyRequest
                {
                    Name = "b", ImageUrl = File("ubuntu2004.zvhd2").Url, MinDisk = 40, OsVersion = "Ubuntu 18.04 server 64bit",
                })),
                ("imsImportDataImageJob", await s.Owner.CreateDataImageAsync(DataFile("c"))),
                ("imsCreateWholeImageByInstanceJob", await s.Owner.CreateFullEcsImageAsync(new CreateFullEcsImageRequest
                {
                    Name = "d", InstanceId = LinuxServer,
                })),
                ("imsVolumeCreateImageJob", await s.Owner.CreateImageAsync(new CreateImageRequest
                {
                    Name = "e", VolumeId = DefaultInventory.FreeDataVolumeId, OsVersion = "CentOS 7.0 64bit",
                })),
            };

            foreach (var (type, job) in jobs)
            {
                var error = await Assert.ThrowsAsync<ApiJobFailedException>(() => s.CompleteAsync(job));
                Assert.Equal(type + " failed.", error.FailReason);
            }

            var images = (await s.Owner.ListImagesAsync(new ListImagesQuery())).Images!;
            Assert.Equal(5, images.Count);
            Assert.All(images, i => Assert.Equal(ImageStatus.Killed, i.Status));
        }

        [Fact]
        public async Task A_request_over_the_image_quota_is_refused_with_IMG_0015_and_other_projects_keep_their_own()
        {
            await using var s = await ImsSession.StartAsync(configure: o => o.Inventory.ImageQuota = 2);
            await s.Owner.CreateDataImageAsync(DataFile("one"));
            s.Owner.ValidateQueries = false;
            var twoMore = WithDataImage("two", LinuxServer, "three", Server(LinuxServer).DataVolumeIds.Single());
            await RefusedAsync(() => s.Owner.CreateImageAsync(twoMore), "IMG.0015");
            Assert.Equal(1, s.Ims.Catalogue.Count);

            await s.Owner.CreateFullEcsImageAsync(new CreateFullEcsImageRequest { Name = "two", InstanceId = DefaultInventory.WindowsServerId });
            await RefusedAsync(() => s.Owner.ImportImageQuicklyAsync(new ImportImageQuicklyRequest
            {
                Name = "three", ImageUrl = File("ubuntu2004.zvhd2").Url, MinDisk = 40, OsVersion = "Ubuntu 18.04 server 64bit",
            }), "IMG.0015");
            await RefusedAsync(() => s.Owner.CreateImageAsync(new CreateImageRequest { Name = "three", InstanceId = LinuxServer }), "IMG.0015");

            var job = await s.Member.CreateDataImageAsync(DataFile("members"));
            Assert.Equal(JobState.Success, (await s.CompleteAsync(job)).Status);
        }

        [Fact]
        public async Task The_new_image_is_the_caller_s_and_private_to_it()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Member.CreateImageAsync(new CreateImageRequest { Name = "mine", InstanceId = LinuxServer });
            var id = (await s.CompleteAsync(job)).Entities!.ImageId!;

            var image = await FindAsync(s.Member, id);
            Assert.Equal(ImsSession.MemberProjectId, image.Owner);
            Assert.Equal(Visibility.Private, image.Visibility);
            Assert.Empty((await s.Owner.ListImagesAsync(new ListImagesQuery { Id = id })).Images!);
            await Assert.ThrowsAsync<ApiException>(() => s.Owner.GetJobAsync(new GetJobQuery { JobId = job.Id }));
        }

        public static TheoryData<string, string, string> MalformedBodies()
        {
            var data = new TheoryData<string, string, string>();
            var paths = new[]
            {
                "/v2/cloudimages/action", "/v1/cloudimages/wholeimages/action", "/v1/cloudimages/dataimages/action", "/v2/cloudimages/quickimport/action",
            };
            foreach (var path in paths)
            {
                data.Add(path, "{not json", "IMG.0001");
                data.Add(path, "[]", "IMG.0001");
                data.Add(path, """{"name": 5}""", "IMG.0001");
                data.Add(path, """{"name": "x", "tags": "a.b"}""", "IMG.0001");
                data.Add(path, """{"name": "x", "min_ram": "1"}""", "IMG.0001");
                data.Add(path, "", "IMG.0007");
            }

            data.Add("/v2/cloudimages/action", """{"data_images": ["volume"]}""", "IMG.0001");
            data.Add("/v2/cloudimages/action", """{"data_images": [{"name": "d"}]}""", "IMG.0001");
            data.Add("/v2/cloudimages/action", """{"name": "x", "instance_id": 7}""", "IMG.0001");
            data.Add("/v2/cloudimages/action", """{"name": "x", "image_url": "ims-image-files:centos7.qcow2", "min_disk": 1.5}""", "IMG.0001");
            data.Add("/v2/cloudimages/action", """{"name": "x", "image_url": "b:c.qcow2", "min_disk": 40, "is_config": "yes"}""", "IMG.0001");
            data.Add("/v2/cloudimages/action", """{"name": "x", "instance_id": "i", "image_tags": [{"key": "k"}]}""", "IMG.0001");
            data.Add("/v1/cloudimages/dataimages/action", """{"name": "x", "image_url": "ims-image-files:data-disk.vhd"}""", "IMG.0001");
            return data;
        }

        [Theory]
        [MemberData(nameof(MalformedBodies))]
        public async Task A_malformed_body_is_refused_with_400_and_nothing_is_made(string path, string body, string code)
        {
            await using var s = await ImsSession.StartAsync();
            var (status, error) = await PostRawAsync(s, path, body);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal(code, error);
            Assert.Equal(0, s.Ims.Catalogue.Count);
            Assert.Empty(s.Ims.Jobs);
        }
    }
}
