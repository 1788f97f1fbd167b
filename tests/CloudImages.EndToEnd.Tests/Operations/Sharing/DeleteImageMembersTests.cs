using System.Net;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Sharing.SharingSetup;

namespace CloudImages.EndToEnd.Tests.Operations.Sharing
{
    /// <summary>DELETE /v1/cloudimages/members: the owner stops sharing images, as a job.</summary>
    public sealed class DeleteImageMembersTests
    {
        [Fact]
        public async Task Deleting_members_stops_the_sharing_everywhere()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            await ShareAsync(s, image);
            await ShareAsync(s, image, ThirdProjectId);
            await AnswerAsync(s.Member, image, OpenStackMemberDecision.Accepted);
            Assert.Contains(image, await ListsAsync(s.Member));

            var job = await s.Owner.DeleteImageMembersAsync(new() { Images = [image], Projects = [ImsSession.MemberProjectId] });
            var done = await s.CompleteAsync(job);

            Assert.Equal(JobState.Success, done.Status);
            Assert.Equal(JobType.DeleteImageMembers, done.JobType);
            Assert.Empty(done.Entities!.Results!); // as the job page's example of this job
            Assert.Equal(new[] { (ThirdProjectId, "pending") }, MembersOf(s, image));
            var left = Assert.Single((await s.Owner.OpenStackListImageMembersAsync(new() { ImageId = image })).Members!);
            Assert.Equal(ThirdProjectId, left.MemberId);
            Assert.DoesNotContain(image, await ListsAsync(s.Member));
            Assert.Empty(await MemberListsAsync(s, MemberStatus.Accepted));
            await RefusedAsync(HttpStatusCode.NotFound, "IMG.0027", () => s.Member.OpenStackListImageMembersAsync(new() { ImageId = image }));
        }

        [Fact]
        public async Task The_owners_image_is_private_again_once_its_last_member_is_gone()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            await ShareAsync(s, image);

            await s.CompleteAsync(await s.Owner.DeleteImageMembersAsync(new() { Images = [image], Projects = [ImsSession.MemberProjectId] }));

            var listed = Assert.Single((await s.Owner.ListImagesAsync(new() { Visibility = Visibility.Private })).Images!);
            Assert.Equal(image, listed.Id);
            Assert.Equal(ImageType.Private, listed.ImageType!.Value);
        }

        [Fact]
        public async Task A_project_that_is_no_member_refuses_the_whole_request()
        {
            await using var s = await ImsSession.StartAsync();
            var shared = AddImage(s);
            var unshared = AddImage(s);
            await ShareAsync(s, shared);

            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0113",
                () => s.Owner.DeleteImageMembersAsync(new() { Images = [shared, unshared], Projects = [ImsSession.MemberProjectId] }));

            Assert.Equal(new[] { (ImsSession.MemberProjectId, "pending") }, MembersOf(s, shared));
            Assert.Empty(s.Ims.Jobs);
        }

        [Fact]
        public async Task Only_the_owner_deletes_members_of_an_image_it_sees()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            await ShareAsync(s, image);

            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0047",
                () => s.Member.DeleteImageMembersAsync(new() { Images = [image], Projects = [ImsSession.MemberProjectId] }));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0027",
                () => s.Owner.DeleteImageMembersAsync(new() { Images = [Guid.NewGuid().ToString("D")], Projects = [ImsSession.MemberProjectId] }));

            Assert.Equal(new[] { (ImsSession.MemberProjectId, "pending") }, MembersOf(s, image));
        }

        [Theory]
        [InlineData("{\"images\": [\"x\"], \"projects\": \"7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f\"}")]
        [InlineData("{\"images\": [\"x\"]}")]
        [InlineData("{\"images\": [], \"projects\": [\"7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f\"]}")]
        [InlineData("not json")]
        public async Task A_malformed_body_is_400_IMG_0001(string body)
        {
            await using var s = await ImsSession.StartAsync();

            await MalformedAsync(s, HttpMethod.Delete, "v1/cloudimages/members", body);
        }
    }
}
