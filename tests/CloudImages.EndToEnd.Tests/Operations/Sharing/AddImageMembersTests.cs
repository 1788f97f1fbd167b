using System.Net;
using CloudImages.Ims;
using CloudImages.Runtime;
using static CloudImages.EndToEnd.Tests.Operations.Sharing.SharingSetup;

namespace CloudImages.EndToEnd.Tests.Operations.Sharing
{
    /// <summary>POST /v1/cloudimages/members: the owner shares images with projects, as a job.</summary>
    public sealed class AddImageMembersTests
    {
        [Fact]
        public async Task Sharing_two_images_with_two_projects_makes_four_pending_members_and_reports_each_pair()
        {
            await using var s = await ImsSession.StartAsync();
            var images = new[] { AddImage(s), AddImage(s) };
            var projects = new[] { ImsSession.MemberProjectId, ThirdProjectId };

            var job = await s.Owner.AddImageMembersAsync(new() { Images = images, Projects = projects });
            var done = await s.CompleteAsync(job);

            Assert.Equal(JobState.Success, done.Status);
            Assert.Equal(JobType.AddImageMembers, done.JobType);
            var expected = images.SelectMany(i => projects.Select(p => (i, p))).OrderBy(r => r.i).ThenBy(r => r.p).ToList();
            var results = done.Entities!.Results!;
            Assert.Equal(expected, results.Select(r => (r.ImageId!, r.ProjectId!)).OrderBy(r => r.Item1).ThenBy(r => r.Item2).ToList());
            Assert.All(results, r => Assert.Equal("success", r.Status!.Value.Value));
            foreach (var image in images)
            {
                Assert.Equal(projects.Order(StringComparer.Ordinal).Select(p => (p, "pending")), MembersOf(s, image));
            }
        }

        [Fact]
        public async Task The_members_are_visible_through_the_OpenStack_API_and_to_the_member_as_pending_shared_images()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            var sharedAt = s.Clock.GetUtcNow();

            await s.CompleteAsync(await s.Owner.AddImageMembersAsync(new() { Images = [image], Projects = [ImsSession.MemberProjectId] }));

            var member = Assert.Single((await s.Owner.OpenStackListImageMembersAsync(new() { ImageId = image })).Members!);
            Assert.Equal(MemberStatus.Pending, member.Status!.Value);
            Assert.Equal(ImsSession.MemberProjectId, member.MemberId);
            Assert.Equal(sharedAt, member.CreatedAt);
            Assert.Equal(new[] { image }, await MemberListsAsync(s, MemberStatus.Pending));
            Assert.Empty(await MemberListsAsync(s, MemberStatus.Accepted));
            Assert.DoesNotContain(image, await ListsAsync(s.Member)); // pending images are listed only when asked for
        }

        [Fact]
        public async Task The_owner_lists_its_shared_image_as_shared_and_no_longer_as_private()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            var kept = AddImage(s);

            await s.CompleteAsync(await s.Owner.AddImageMembersAsync(new() { Images = [image], Projects = [ImsSession.MemberProjectId] }));

            var shared = await s.Owner.ListImagesAsync(new() { Visibility = Visibility.Shared, ImageType = ImageType.Shared });
            var listed = Assert.Single(shared.Images!);
            Assert.Equal(image, listed.Id);
            Assert.Equal(ImsSession.OwnerProjectId, listed.Owner);
            var privateOnes = await s.Owner.ListImagesAsync(new() { Visibility = Visibility.Private });
            Assert.Equal(new[] { kept }, privateOnes.Images!.Select(i => i.Id!));
        }

        [Fact]
        public async Task Sharing_again_with_a_member_keeps_its_answer()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            await ShareAsync(s, image);
            await AnswerAsync(s.Member, image, OpenStackMemberDecision.Accepted);

            await s.CompleteAsync(await ShareBatchAsync(s.Owner, [image], ImsSession.MemberProjectId, ThirdProjectId));

            Assert.Equal(new[] { (ThirdProjectId, "pending"), (ImsSession.MemberProjectId, "accepted") }, MembersOf(s, image));
        }

        [Fact]
        public async Task A_job_that_fails_shares_nothing()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            s.Ims.JobOptions.Failures["imsAddImageMembersJob"] = new("IMS.0005", "sharing failed");

            var job = await s.Owner.AddImageMembersAsync(new() { Images = [image], Projects = [ImsSession.MemberProjectId] });
            var failed = await Assert.ThrowsAsync<ApiJobFailedException>(() => s.CompleteAsync(job));

            Assert.Equal("IMS.0005", failed.ErrorCode);
            Assert.Empty(MembersOf(s, image));
            Assert.Empty(await MemberListsAsync(s, MemberStatus.Pending));
        }

        [Fact]
        public async Task Images_the_rules_keep_private_are_refused_and_the_request_changes_nothing()
        {
            await using var s = await ImsSession.StartAsync();
            var plain = AddImage(s);
            var publicImage = AddImage(s, i => i with { Visibility = "public", ImageType = "gold" }, owner: ThirdProjectId);
            var wholeFromEcs = AddImage(s, i => i with { WholeImage = true, DataOrigin = "instance," + Guid.NewGuid() });
            var othersImage = AddImage(s, owner: ImsSession.MemberProjectId);
            await s.Member.OpenStackAddImageMemberAsync(new() { ImageId = othersImage, Member = ImsSession.OwnerProjectId });

            Task Share(string image) => s.Owner.AddImageMembersAsync(new() { Images = [plain, image], Projects = [ImsSession.MemberProjectId] });
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0089", () => Share(publicImage));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0135", () => Share(wholeFromEcs));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0047", () => Share(othersImage));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0027", () => Share(Guid.NewGuid().ToString("D")));

            Assert.Empty(MembersOf(s, plain));
            Assert.Empty(s.Ims.Jobs);
        }

        [Fact]
        public async Task A_full_ECS_image_from_a_backup_is_shared_with_at_most_10_projects_and_another_image_with_at_most_256()
        {
            await using var s = await ImsSession.StartAsync();
            var whole = AddBackupWholeImage(s);
            var plain = AddImage(s);
            var projects = Enumerable.Range(1, 257).Select(n => n.ToString("x32")).ToList();

            await s.CompleteAsync(await s.Owner.AddImageMembersAsync(new() { Images = [whole], Projects = projects.Take(10).ToList() }));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0088", () => ShareBatchAsync(s.Owner, [whole], projects[10]));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0088", () => ShareBatchAsync(s.Owner, [plain], [.. projects]));
            await s.CompleteAsync(await s.Owner.AddImageMembersAsync(new() { Images = [plain], Projects = projects.Take(256).ToList() }));

            Assert.Equal(10, MembersOf(s, whole).Count);
            Assert.Equal(256, MembersOf(s, plain).Count);
        }

        [Fact]
        public async Task Projects_that_are_not_project_IDs_or_are_the_owners_own_are_refused()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);

            Task Share(string project) => s.Owner.AddImageMembersAsync(new() { Images = [image], Projects = [ImsSession.MemberProjectId, project] });
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0067", () => Share("not-a-project"));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0067", () => Share(ImsSession.MemberProjectId.ToUpperInvariant()));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0076", () => Share(ImsSession.OwnerProjectId));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0001", () => ShareBatchAsync(s.Owner, [], ImsSession.MemberProjectId));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0001", () => ShareBatchAsync(s.Owner, [image]));

            Assert.Empty(MembersOf(s, image));
        }

        [Theory]
        [InlineData("{\"images\": \"one\", \"projects\": [\"7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f\"]}")]
        [InlineData("{\"images\": [1], \"projects\": [\"7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f\"]}")]
        [InlineData("{\"projects\": [\"7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f\"]}")]
        [InlineData("[\"images\"]")]
        [InlineData("{\"images\": [")]
        public async Task A_malformed_body_is_400_IMG_0001(string body)
        {
            await using var s = await ImsSession.StartAsync();

            await MalformedAsync(s, HttpMethod.Post, "v1/cloudimages/members", body);

            Assert.Empty(s.Ims.Members);
        }
    }
}
