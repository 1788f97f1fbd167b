using System.Net;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Sharing.SharingSetup;

namespace CloudImages.EndToEnd.Tests.Operations.Sharing
{
    /// <summary>PUT /v1/cloudimages/members: a member accepts or rejects the images shared with it, as a job.</summary>
    public sealed class UpdateImageMemberStatusTests
    {
        [Fact]
        public async Task Accepting_lists_the_images_for_the_member_and_reports_each_image()
        {
            await using var s = await ImsSession.StartAsync();
            var images = new[] { AddImage(s), AddImage(s) };
            foreach (var image in images)
            {
                await ShareAsync(s, image);
            }

            s.Clock.Advance(TimeSpan.FromMinutes(3));
            var answeredAt = s.Clock.GetUtcNow();
            var job = await s.Member.UpdateImageMemberStatusAsync(new()
            {
                Images = images, ProjectId = ImsSession.MemberProjectId, Status = ImageMemberDecision.Accepted,
            });
            var done = await s.CompleteAsync(job);

            Assert.Equal(JobState.Success, done.Status);
            Assert.Equal(JobType.UpdateImageMembers, done.JobType);
            Assert.Equal(images.Order(), done.Entities!.Results!.Select(r => r.ImageId!).Order());
            Assert.All(done.Entities.Results!, r => Assert.Equal(ImsSession.MemberProjectId, r.ProjectId));
            Assert.Equal(images.Order(), (await MemberListsAsync(s, MemberStatus.Accepted)).Order());
            Assert.Equal(images.Order(), (await ListsAsync(s.Member)).Order());
            var member = await GetMemberAsync(s.Owner, images[0]);
            Assert.Equal(MemberStatus.Accepted, member.Status!.Value);
            Assert.Equal(answeredAt, member.UpdatedAt);
            Assert.True(member.CreatedAt < member.UpdatedAt);
        }

        [Fact]
        public async Task Rejecting_hides_the_image_unless_rejected_images_are_asked_for()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            await ShareAsync(s, image);
            await AnswerAsync(s.Member, image, OpenStackMemberDecision.Accepted);

            await s.CompleteAsync(await s.Member.UpdateImageMemberStatusAsync(new()
            {
                Images = [image], ProjectId = ImsSession.MemberProjectId, Status = ImageMemberDecision.Rejected,
            }));

            Assert.DoesNotContain(image, await ListsAsync(s.Member));
            Assert.Equal(new[] { image }, await MemberListsAsync(s, MemberStatus.Rejected));
            Assert.Equal(new[] { (ImsSession.MemberProjectId, "rejected") }, MembersOf(s, image));
        }

        [Fact]
        public async Task Accepting_a_full_ECS_image_needs_a_vault_which_the_member_keeps()
        {
            await using var s = await ImsSession.StartAsync();
            var whole = AddBackupWholeImage(s);
            await ShareAsync(s, whole);
            var vault = Guid.NewGuid().ToString("D");

            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0001", () => s.Member.UpdateImageMemberStatusAsync(new()
            {
                Images = [whole], ProjectId = ImsSession.MemberProjectId, Status = ImageMemberDecision.Accepted,
            }));
            await s.CompleteAsync(await s.Member.UpdateImageMemberStatusAsync(new()
            {
                Images = [whole], ProjectId = ImsSession.MemberProjectId, Status = ImageMemberDecision.Accepted, VaultId = vault,
            }));

            var member = Assert.Single(s.Ims.Members);
            Assert.Equal(("accepted", vault), (member.Status, member.VaultId));
        }

        [Fact]
        public async Task Only_the_member_answers_and_only_for_images_shared_with_it()
        {
            await using var s = await ImsSession.StartAsync();
            var shared = AddImage(s);
            var unshared = AddImage(s, owner: ThirdProjectId);
            await ShareAsync(s, shared);

            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0030", () => s.Owner.UpdateImageMemberStatusAsync(new()
            {
                Images = [shared], ProjectId = ImsSession.MemberProjectId, Status = ImageMemberDecision.Accepted,
            }));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0114", () => s.Owner.UpdateImageMemberStatusAsync(new()
            {
                Images = [shared], ProjectId = ImsSession.OwnerProjectId, Status = ImageMemberDecision.Accepted,
            }));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0027", () => s.Member.UpdateImageMemberStatusAsync(new()
            {
                Images = [shared, unshared], ProjectId = ImsSession.MemberProjectId, Status = ImageMemberDecision.Accepted,
            }));

            Assert.Equal(new[] { (ImsSession.MemberProjectId, "pending") }, MembersOf(s, shared));
            Assert.Empty(s.Ims.Jobs);
        }

        [Theory]
        [InlineData("{\"images\": [\"x\"], \"project_id\": 7, \"status\": \"accepted\"}")]
        [InlineData("{\"images\": [\"x\"], \"project_id\": \"7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f\"}")]
        [InlineData("{\"images\": [\"x\"], \"project_id\": \"7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f\", \"status\": true}")]
        [InlineData("{\"images\": [\"x\"], \"project_id\": \"7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f\", \"status\": \"pending\"}")]
        [InlineData("{\"images\": [\"x\"], \"project_id\": \"7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f\", \"status\": \"accepted\", \"vault_id\": 1}")]
        public async Task A_malformed_body_is_400_IMG_0001(string body)
        {
            await using var s = await ImsSession.StartAsync();

            await MalformedAsync(s, HttpMethod.Put, "v1/cloudimages/members", body, ImsSession.MemberToken);
        }
    }
}
