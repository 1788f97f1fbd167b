using CloudImages.Emulator;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Images.CreateFixtures;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>CreateImage (POST /v2/cloudimages/action) from an ECS: a system disk image of a stopped ECS, and data
    /// disk images of its data disks.</summary>
    public sealed class CreateImageFromEcsTests
    {
        private const string LinuxServer = DefaultInventory.LinuxServerId;

        [Fact]
        public async Task A_stopped_ECS_makes_a_queued_image_that_its_job_makes_active()
        {
            await using var s = await ImsSession.StartAsync();
            var server = Server(LinuxServer);
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest
            {
                Name = "ims_test",
                Description = "Create a system disk image from an ECS",
                InstanceId = LinuxServer,
                Tags = new[] { "aaa.111", "bbb.333", "ccc." },
                MinRam = 1024,
                MaxRam = 4096,
                EnterpriseProjectId = "5a2b7d4c-0f1e-4c3b-9a8d-7e6f5a4b3c2d",
            });

            var queued = await FindByNameAsync(s.Owner, "ims_test");
            Assert.Equal(ImageStatus.Queued, queued.Status);
            Assert.Null(queued.ActiveAt);

            var done = await s.CompleteAsync(job);
            Assert.Equal(JobState.Success, done.Status);
            Assert.Equal(JobType.CreateImageByInstance, done.JobType);
            Assert.Equal(queued.Id, done.Entities!.ImageId);
            Assert.Equal("ims_test", done.Entities.ImageName);

            var image = await FindAsync(s.Owner, queued.Id!);
            Assert.Equal(ImageStatus.Active, image.Status);
            Assert.NotNull(image.ActiveAt);
            Assert.Equal(ImsSession.OwnerProjectId, image.Owner);
            Assert.Equal(Visibility.Private, image.Visibility);
            Assert.Equal(ImageType.Private, image.ImageType);
            Assert.Equal(server.OsVersion, image.OsVersion);
            Assert.Equal(OsType.Linux, image.OsType);
            Assert.Equal(Platform.CentOS, image.Platform);
            Assert.Equal(Volume(server.SystemVolumeId).SizeGb, image.MinDisk);
            Assert.Equal(VirtualEnvType.FusionCompute, image.VirtualEnvType);
            Assert.Equal("Create a system disk image from an ECS", image.Description);
            Assert.Equal(new[] { "aaa.111", "bbb.333", "ccc." }, image.Tags);
            Assert.Equal(1024, image.MinRam);
            Assert.Equal("4096", image.MaxRam);
            Assert.Equal("5a2b7d4c-0f1e-4c3b-9a8d-7e6f5a4b3c2d", image.EnterpriseProjectId);
            Assert.Equal("instance," + LinuxServer, image.DataOrigin);
        }

        [Fact]
        public async Task Image_tags_become_key_dot_value_tags_and_a_repeated_key_keeps_its_last_value()
        {
            await using var s = await ImsSession.StartAsync();
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest
            {
                Name = "tagged",
                InstanceId = LinuxServer,
                ImageTags = new[]
                {
                    new NewImageTag { Key = "key2", Value = "value2" },
                    new NewImageTag { Key = " key1 ", Value = "value1" },
                    new NewImageTag { Key = "key2", Value = "" },
                },
            });

            var image = await FindAsync(s.Owner, (await s.CompleteAsync(job)).Entities!.ImageId!);
            Assert.Equal(new[] { "key2.", "key1.value1" }, image.Tags);
        }

        [Fact]
        public async Task Data_images_of_the_ECS_are_made_by_sub_jobs_of_the_same_job()
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            var dataDisk = Server(LinuxServer).DataVolumeIds.Single();
            var request = WithDataImage("system", LinuxServer, "data", dataDisk);
            request.DataImages![0].Tags = new[] { "disk.1" };
            var job = await s.Owner.CreateImageAsync(request);

            var done = await s.CompleteAsync(job);
            var sub = Assert.Single(done.Entities!.SubJobResults!);
            Assert.Equal("imsCopyVolumeToImageJob", sub.JobType?.Value);
            Assert.Equal(JobState.Success, sub.Status);
            Assert.Equal("data", sub.Entities!.ImageName);
            Assert.Equal(sub.JobId, Assert.Single(done.Entities.SubJobIds!));
            Assert.NotNull(sub.Entities);

            var system = await FindAsync(s.Owner, done.Entities.ImageId!);
            var data = await FindAsync(s.Owner, sub.Entities.ImageId!);
            Assert.Equal(ImageStatus.Active, system.Status);
            Assert.Equal(ImageStatus.Active, data.Status);
            Assert.Equal(VirtualEnvType.DataImage, data.VirtualEnvType);
            Assert.Equal(Volume(dataDisk).SizeGb, data.MinDisk);
            Assert.Equal(OsType.Linux, data.OsType);
            Assert.Equal(new[] { "disk.1" }, data.Tags);
        }

        [Fact]
        public async Task An_unknown_ECS_is_refused_with_IMG_0005()
        {
            await using var s = await ImsSession.StartAsync();
            await RefusedAsync(() => s.Owner.CreateImageAsync(Of("x", "00000000-0000-4000-8000-000000000000")), "IMG.0005");
            Assert.Empty(s.Ims.Jobs);
        }

        [Fact]
        public async Task An_ECS_of_another_project_is_refused_with_IMG_0005()
        {
            await using var s = await ImsSession.StartAsync(configure: o =>
            {
                var index = o.Inventory.Servers.IndexOf(Server(LinuxServer));
                o.Inventory.Servers[index] = Server(LinuxServer) with { ProjectId = ImsSession.OwnerProjectId };
            });
            await RefusedAsync(() => s.Member.CreateImageAsync(new CreateImageRequest { Name = "x", InstanceId = LinuxServer }), "IMG.0005");
            var job = await s.Owner.CreateImageAsync(new CreateImageRequest { Name = "x", InstanceId = LinuxServer });
            Assert.Equal(JobState.Success, (await s.CompleteAsync(job)).Status);
        }

        [Fact]
        public async Task A_running_ECS_is_refused_with_IMG_0008()
        {
            await using var s = await ImsSession.StartAsync();
            await RefusedAsync(() => s.Owner.CreateImageAsync(Of("x", DefaultInventory.RunningServerId)), "IMG.0008");
        }

        [Fact]
        public async Task An_ECS_with_an_image_in_the_making_is_refused_with_IMG_0010_until_the_job_ends()
        {
            await using var s = await ImsSession.StartAsync();
            var first = await s.Owner.CreateImageAsync(new CreateImageRequest { Name = "first", InstanceId = LinuxServer });
            await RefusedAsync(() => s.Owner.CreateImageAsync(new CreateImageRequest { Name = "second", InstanceId = LinuxServer }), "IMG.0010");

            await s.CompleteAsync(first);
            var second = await s.Owner.CreateImageAsync(new CreateImageRequest { Name = "second", InstanceId = LinuxServer });
            Assert.Equal(JobState.Success, (await s.CompleteAsync(second)).Status);
        }

        [Fact]
        public async Task A_data_image_of_the_system_disk_is_refused_with_IMG_0006()
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            await RefusedAsync(() => s.Owner.CreateImageAsync(WithDataImage("x", LinuxServer, "d", Server(LinuxServer).SystemVolumeId)), "IMG.0006");
        }

        [Fact]
        public async Task A_data_image_of_a_disk_of_no_or_another_ECS_is_refused_with_IMG_0140()
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            await RefusedAsync(() => s.Owner.CreateImageAsync(WithDataImage("x", LinuxServer, "d", DefaultInventory.FreeDataVolumeId)), "IMG.0140");
            Assert.Equal(0, s.Ims.Catalogue.Count);
        }

        [Fact]
        public async Task A_name_the_project_already_has_is_refused_with_IMG_0009_but_another_project_may_use_it()
        {
            await using var s = await ImsSession.StartAsync();
            await s.CompleteAsync(await s.Owner.CreateImageAsync(new CreateImageRequest { Name = "same", InstanceId = LinuxServer }));
            await RefusedAsync(() => s.Owner.CreateImageAsync(new CreateImageRequest { Name = "same", InstanceId = LinuxServer }), "IMG.0009");

            var job = await s.Member.CreateImageAsync(new CreateImageRequest { Name = "same", InstanceId = LinuxServer });
            Assert.Equal(JobState.Success, (await s.CompleteAsync(job)).Status);
        }

        #pragma warning disable CIMG0005 // the formats the client would refuse, sent to see the service refuse them
        public static TheoryData<string, Action<CreateImageRequest>> BadFields => new()
        {
            { "IMG.0013", r => r.Name = null },
            { "IMG.0002", r => r.Name = new string('n', 129) },
            { "IMG.0003", r => r.Name = "slash/name" },
            { "IMG.0003", r => r.Name = " leading space" },
            { "IMG.0004", r => r.Description = new string('d', 1025) },
            { "IMG.0054", r => r.Description = "a <b> tag" },
            { "IMG.0115", r => r.Tags = new[] { "key.va lue" } },
            { "IMG.0115", r => r.Tags = new[] { new string('k', 37) + ".v" } },
            { "IMG.0115", r => r.ImageTags = new[] { new NewImageTag { Key = "k", Value = new string('v', 44) } } },
            { "IMG.0115", r => r.ImageTags = new[] { new NewImageTag { Key = " ", Value = "v" } } },
            { "IMG.0116", r => r.Tags = Enumerable.Range(0, 11).Select(i => $"k{i}.v").ToArray() },
            { "IMG.0001", r => (r.Tags, r.ImageTags) = (new[] { "a.b" }, new[] { new NewImageTag { Key = "c", Value = "d" } }) },
            { "IMG.0155", r => r.EnterpriseProjectId = "not-a-project" },
            { "IMG.0055", r => (r.MinRam, r.MaxRam) = (4096, 1024) },
            { "IMG.0055", r => r.MinRam = -1 },
        };
        #pragma warning restore CIMG0005

        [Theory]
        [MemberData(nameof(BadFields))]
        public async Task A_field_the_docs_do_not_allow_is_refused_with_its_code_and_nothing_is_made(string code, Action<CreateImageRequest> spoil)
        {
            await using var s = await ImsSession.StartAsync();
            s.Owner.ValidateQueries = false;
            var request = new CreateImageRequest { Name = "ok", InstanceId = LinuxServer };
            spoil(request);

            await RefusedAsync(() => s.Owner.CreateImageAsync(request), code);
            Assert.Equal(0, s.Ims.Catalogue.Count);
            Assert.Empty(s.Ims.Jobs);
        }

        private static CreateImageRequest Of(string name, string serverId) => new() { Name = name, InstanceId = serverId };

        [Fact]
        public async Task An_ECS_whose_system_disk_is_gone_is_refused_with_IMG_0119()
        {
            const string Diskless = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
            await using var s = await ImsSession.StartAsync(configure: o => o.Inventory.Servers.Add(
                new EcsServer(Diskless, "ecs-diskless", "SHUTOFF", "Linux", "CentOS 7.6 64bit", "00000000-0000-4000-8000-000000000000")));

            await RefusedAsync(() => s.Owner.CreateImageAsync(new CreateImageRequest { Name = "diskless", InstanceId = Diskless }), "IMG.0119");
            Assert.Empty(s.Ims.Jobs);
            Assert.DoesNotContain(s.Ims.Catalogue.Images, i => i.Name == "diskless");
        }
    }
}
