using System.Net;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;
using static CloudImages.EndToEnd.Tests.Operations.Images.ImageManagementFixture;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>POST /v1/cloudimages/{image_id}/copy: a new private image of the caller, queued until the job ends.</summary>
    public sealed class CopyImageInRegionTests
    {
        private const string EnterpriseProject = "b7f2a1d4-3c5e-4f60-8a9b-0c1d2e3f4a5b";

        [Fact]
        public async Task The_copy_is_queued_then_active_with_the_requested_attributes()
        {
            await using var s = await ImsSession.StartAsync();
            var source = AddImage(s, "source", i => i with
            {
                Description = "the original",
                MinRam = 2048,
                Platform = "CentOS",
                OsVersion = "CentOS 7.6 64bit",
                Tags = new[] { new ImageTag("team", "a") },
                Protected = true,
            });
            s.Clock.Advance(TimeSpan.FromHours(1));
            var requestedAt = s.Clock.GetUtcNow();

            var job = await s.Owner.CopyImageInRegionAsync(new CopyImageInRegionRequest
            {
                ImageId = source.Id,
                Name = "ims_encrypted_copy3",
                Description = "test copy",
                CmkId = "bd66288c-9081-460a-8227-4cbd0c814cb4",
                EnterpriseProjectId = EnterpriseProject,
            });

            var copy = Assert.Single(s.Ims.Catalogue.Images, i => i.Id != source.Id);
            Assert.Equal(("queued", false), (copy.Status, copy.IsRegistered));
            var done = await s.CompleteAsync(job);
            Assert.Equal(JobState.Success, done.Status);
            Assert.Equal(JobType.CopyImageInRegion, done.JobType);
            Assert.Equal(copy.Id, done.Entities?.ImageId);
            copy = Stored(s, copy.Id);
            Assert.Equal(("active", true, "ims_encrypted_copy3", "test copy"), (copy.Status, copy.IsRegistered, copy.Name, copy.Description));
            Assert.Equal((ImsSession.OwnerProjectId, "private", "private"), (copy.Owner, copy.Visibility, copy.ImageType));
            Assert.Equal(("bd66288c-9081-460a-8227-4cbd0c814cb4", EnterpriseProject), (copy.SystemCmkId, copy.EnterpriseProjectId));
            Assert.Equal((2048, "CentOS", "CentOS 7.6 64bit", source.Size), (copy.MinRam, copy.Platform, copy.OsVersion, copy.Size));
            Assert.Equal(source.Id, copy.OriginalImageName);
            Assert.Empty(copy.Tags);
            Assert.False(copy.Protected);
            Assert.Equal(requestedAt, copy.CreatedAt);
            Assert.Equal(source, Stored(s, source.Id));
        }

        [Fact]
        public async Task Without_optional_members_the_copy_has_no_description_and_the_default_enterprise_project()
        {
            await using var s = await ImsSession.StartAsync();
            var source = AddImage(s, "source", i => i with { Description = "original", EnterpriseProjectId = EnterpriseProject, SystemCmkId = "key" });

            await s.CompleteAsync(await CopyAsync(s, source.Id, "plain copy"));

            var copy = Assert.Single(s.Ims.Catalogue.Images, i => i.Id != source.Id);
            Assert.Equal(("plain copy", null, "0", null), (copy.Name, copy.Description, copy.EnterpriseProjectId, copy.SystemCmkId));
        }

        [Fact]
        public async Task A_failed_job_kills_the_copy()
        {
            await using var s = await ImsSession.StartAsync();
            s.Ims.JobOptions.Failures["imsCopyImageInRegionJob"] = new ImsJobFailure("IMS.0005", "Copy failed.");
            var source = AddImage(s, "source");

            var job = await CopyAsync(s, source.Id, "doomed");

            await Assert.ThrowsAsync<ApiJobFailedException>(() => s.CompleteAsync(job));
            Assert.Equal("killed", Assert.Single(s.Ims.Catalogue.Images, i => i.Id != source.Id).Status);
            Assert.Equal("active", Stored(s, source.Id).Status);
        }

        [Fact]
        public async Task A_shared_image_is_copied_once_accepted_unless_it_is_encrypted()
        {
            await using var s = await ImsSession.StartAsync();
            CatalogueImage Shared(string name, string status, string? key = null) =>
                AddImage(s, name, i => SharedWithOwner(i, status) with { SystemCmkId = key });
            var accepted = Shared("accepted", "accepted");
            var pending = Shared("pending", "pending");
            var encrypted = Shared("encrypted", "accepted", "bd66288c-9081-460a-8227-4cbd0c814cb4");

            await s.CompleteAsync(await CopyAsync(s, accepted.Id, "my copy"));
            await BadRequestAsync(() => CopyAsync(s, pending.Id, "x"), "IMG.0196");
            await BadRequestAsync(() => CopyAsync(s, encrypted.Id, "x"), "IMG.0197");

            var copy = Assert.Single(s.Ims.Catalogue.Images, i => i.Name == "my copy");
            Assert.Equal((ImsSession.OwnerProjectId, "private", null, "active"), (copy.Owner, copy.Visibility, copy.MemberStatus, copy.Status));
        }

        [Fact]
        public async Task Images_the_page_excludes_are_refused_with_their_codes()
        {
            await using var s = await ImsSession.StartAsync();
            var publicImage = AddImage(s, "public", Public);
            var fullEcs = AddImage(s, "full-ecs", i => i with { WholeImage = true });
            var iso = AddImage(s, "iso", i => i with { VirtualEnvType = "IsoImage" });
            var saving = AddImage(s, "saving", i => i with { Status = "saving" });

            Task Copy(string id) => CopyAsync(s, id, "copy");
            await BadRequestAsync(() => Copy(publicImage.Id), "IMG.0083");
            await BadRequestAsync(() => Copy(fullEcs.Id), "IMG.0130");
            await BadRequestAsync(() => Copy(iso.Id), "IMG.0167");
            await BadRequestAsync(() => Copy(saving.Id), "IMG.0046");
            await BadRequestAsync(() => Copy(Guid.NewGuid().ToString()), "IMG.0027");
            Assert.Equal(4, s.Ims.Catalogue.Count);
            Assert.Empty(s.Ims.Jobs);
        }

        [Fact]
        public async Task A_full_quota_is_IMG_0015()
        {
            await using var s = await ImsSession.StartAsync(configure: o => o.Inventory.ImageQuota = 2);
            var source = AddImage(s, "source");
            await CopyAsync(s, source.Id, "first copy");

            await BadRequestAsync(() => CopyAsync(s, source.Id, "second copy"), "IMG.0015");
            Assert.Equal(2, s.Ims.Catalogue.Count);
        }

        [Fact]
        public async Task Attribute_formats_are_refused_with_their_codes()
        {
            await using var s = await ImsSession.StartAsync();
            var source = AddImage(s, "source");

            var request = new CopyImageInRegionRequest { ImageId = source.Id, Name = "copy", EnterpriseProjectId = "finance" };
            await BadRequestAsync(() => s.Owner.CopyImageInRegionAsync(request), "IMG.0155");
            Assert.Equal(1, s.Ims.Catalogue.Count);
        }

        [Theory]
        [InlineData("", "IMG.0007")]
        [InlineData("{}", "IMG.0013")]
        [InlineData("{\"name\": \"\"}", "IMG.0013")]
        [InlineData("{\"name\": 12}", "IMG.0001")]
        [InlineData("{\"name\": \"copy\", \"description\": [\"x\"]}", "IMG.0001")]
        [InlineData("{\"name\": \"copy!\"}", "IMG.0003")]
        [InlineData("{\"name\": \"copy \"}", "IMG.0003")]
        [InlineData("{\"name\": \"copy\", \"description\": \"line\\nbreak\"}", "IMG.0054")]
        [InlineData("{\"name\": \"copy\", \"description\": \"<script>\"}", "IMG.0054")]
        public async Task A_malformed_body_is_a_400(string body, string code)
        {
            await using var s = await ImsSession.StartAsync();
            var source = AddImage(s, "source");

            await RawRefusedAsync(s, "POST", $"v1/cloudimages/{source.Id}/copy", body, code);
            Assert.Equal(1, s.Ims.Catalogue.Count);
        }

        [Fact]
        public async Task Names_and_descriptions_over_their_lengths_are_IMG_0002_and_IMG_0004()
        {
            await using var s = await ImsSession.StartAsync();
            var source = AddImage(s, "source");
            var path = $"v1/cloudimages/{source.Id}/copy";

            await RawRefusedAsync(s, "POST", path, $"{{\"name\": \"{new string('n', 129)}\"}}", "IMG.0002");
            await RawRefusedAsync(s, "POST", path, $"{{\"name\": \"copy\", \"description\": \"{new string('d', 1025)}\"}}", "IMG.0004");
        }

        private static Task<ApiJob<Job>> CopyAsync(ImsSession s, string id, string name) =>
            s.Owner.CopyImageInRegionAsync(new CopyImageInRegionRequest { ImageId = id, Name = name });
    }
}
