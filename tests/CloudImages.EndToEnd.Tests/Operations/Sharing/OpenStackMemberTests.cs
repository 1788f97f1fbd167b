using System.Net;
using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Sharing.SharingSetup;

namespace CloudImages.EndToEnd.Tests.Operations.Sharing
{
    /// <summary>/v2/images/{image_id}/members: the OpenStack-native member API, over the members the IMS-native
    /// batch operations change too.</summary>
    public sealed class OpenStackMemberTests
    {
        [Fact]
        public async Task Adding_a_member_answers_it_pending_and_the_IMS_API_and_the_member_see_it()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            var now = s.Clock.GetUtcNow();

            var member = await ShareAsync(s, image);

            Assert.Equal(MemberStatus.Pending, member.Status!.Value);
            Assert.Equal((now, now), (member.CreatedAt, member.UpdatedAt));
            Assert.Equal((image, ImsSession.MemberProjectId, "/v2/schemas/member"), (member.ImageId, member.MemberId, member.Schema));
            Assert.Equal(new[] { (ImsSession.MemberProjectId, "pending") }, MembersOf(s, image));
            Assert.Equal(new[] { image }, await MemberListsAsync(s, MemberStatus.Pending));

            // The IMS-native batch operations act on the member the OpenStack API added.
            await s.CompleteAsync(await s.Member.UpdateImageMemberStatusAsync(new()
            {
                Images = [image], ProjectId = ImsSession.MemberProjectId, Status = ImageMemberDecision.Accepted,
            }));
            var accepted = await GetMemberAsync(s.Member, image);
            Assert.Equal(MemberStatus.Accepted, accepted.Status!.Value);
        }

        [Fact]
        public async Task The_owner_lists_every_member_and_a_member_only_itself()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            await ShareAsync(s, image, ThirdProjectId);
            s.Clock.Advance(TimeSpan.FromSeconds(5));
            await ShareAsync(s, image);

            var all = await s.Owner.OpenStackListImageMembersAsync(new() { ImageId = image });
            var own = await s.Member.OpenStackListImageMembersAsync(new() { ImageId = image });

            Assert.Equal("/v2/schemas/members", all.Schema);
            Assert.Equal(new[] { ThirdProjectId, ImsSession.MemberProjectId }, all.Members!.Select(m => m.MemberId!));
            Assert.Equal(new[] { ImsSession.MemberProjectId }, own.Members!.Select(m => m.MemberId!));
            await RefusedAsync(HttpStatusCode.NotFound, "IMG.0114",
                () => GetMemberAsync(s.Member, image, ThirdProjectId));
        }

        [Fact]
        public async Task The_member_accepts_and_rejects_and_the_IMS_list_follows()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            await ShareAsync(s, image);
            s.Clock.Advance(TimeSpan.FromMinutes(1));

            var accepted = await AnswerAsync(s.Member, image, OpenStackMemberDecision.Accepted);
            Assert.Equal(MemberStatus.Accepted, accepted.Status!.Value);
            Assert.Equal(s.Clock.GetUtcNow(), accepted.UpdatedAt);
            Assert.Contains(image, await ListsAsync(s.Member));

            await AnswerAsync(s.Member, image, OpenStackMemberDecision.Rejected);
            Assert.DoesNotContain(image, await ListsAsync(s.Member));
            Assert.Equal(new[] { image }, await MemberListsAsync(s, MemberStatus.Rejected));
        }

        [Fact]
        public async Task Deleting_a_member_answers_204_and_the_image_is_gone_for_it()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            await s.CompleteAsync(await s.Owner.AddImageMembersAsync(new() { Images = [image], Projects = [ImsSession.MemberProjectId] }));

            await UnshareAsync(s.Owner, image);

            Assert.Empty(MembersOf(s, image));
            Assert.Empty(await MemberListsAsync(s, MemberStatus.Pending));
            await RefusedAsync(HttpStatusCode.NotFound, "IMG.0027", () => GetMemberAsync(s.Member, image));
            await RefusedAsync(HttpStatusCode.NotFound, "IMG.0113", () => UnshareAsync(s.Owner, image));
        }

        [Fact]
        public async Task An_image_the_caller_does_not_see_is_404_for_every_member_operation()
        {
            await using var s = await ImsSession.StartAsync();
            var ownersOnly = AddImage(s);
            var unknown = Guid.NewGuid().ToString("D");
            const string Member = ImsSession.MemberProjectId;

            foreach (var (client, image) in new[] { (s.Member, ownersOnly), (s.Owner, unknown) })
            {
                await RefusedAsync(HttpStatusCode.NotFound, "IMG.0027", () => ShareAsync(s, image, ThirdProjectId, client));
                await RefusedAsync(HttpStatusCode.NotFound, "IMG.0027", () => client.OpenStackListImageMembersAsync(new() { ImageId = image }));
                await RefusedAsync(HttpStatusCode.NotFound, "IMG.0027", () => GetMemberAsync(client, image, Member));
                await RefusedAsync(HttpStatusCode.NotFound, "IMG.0027", () => AnswerAsync(client, image, OpenStackMemberDecision.Accepted));
                await RefusedAsync(HttpStatusCode.NotFound, "IMG.0027", () => UnshareAsync(client, image, Member));
            }

            Assert.Empty(s.Ims.Members);
        }

        [Fact]
        public async Task An_unknown_member_is_404()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);

            await RefusedAsync(HttpStatusCode.NotFound, "IMG.0114", () => GetMemberAsync(s.Owner, image, ThirdProjectId));
            await RefusedAsync(HttpStatusCode.NotFound, "IMG.0114",
                () => AnswerAsync(s.Member, AddImage(s, i => i with { Visibility = "public" }, ThirdProjectId), OpenStackMemberDecision.Accepted));
            await RefusedAsync(HttpStatusCode.NotFound, "IMG.0113", () => UnshareAsync(s.Owner, image, ThirdProjectId));
        }

        [Fact]
        public async Task Only_the_owner_adds_and_deletes_members_and_only_the_member_answers()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            await ShareAsync(s, image);

            await RefusedAsync(HttpStatusCode.Forbidden, "IMG.0026", () => ShareAsync(s, image, ThirdProjectId, s.Member));
            await RefusedAsync(HttpStatusCode.Forbidden, "IMG.0026", () => UnshareAsync(s.Member, image));
            await RefusedAsync(HttpStatusCode.Forbidden, "IMG.0026",
                () => AnswerAsync(s.Owner, image, OpenStackMemberDecision.Accepted));

            Assert.Equal(new[] { (ImsSession.MemberProjectId, "pending") }, MembersOf(s, image));
        }

        [Fact]
        public async Task A_duplicate_member_and_images_or_projects_the_rules_refuse_are_400()
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            var ownPublic = AddImage(s, i => i with { Visibility = "public", ImageType = "gold" });
            var wholeFromEcs = AddImage(s, i => i with { WholeImage = true });
            var whole = AddBackupWholeImage(s);
            await ShareAsync(s, image);
            foreach (var n in Enumerable.Range(1, 10))
            {
                await ShareAsync(s, whole, n.ToString("x32"));
            }

            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0112", () => ShareAsync(s, image));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0089", () => ShareAsync(s, ownPublic));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0135", () => ShareAsync(s, wholeFromEcs));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0088", () => ShareAsync(s, whole));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0076", () => ShareAsync(s, image, ImsSession.OwnerProjectId));
            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0067", () => ShareAsync(s, image, "someone"));

            Assert.Single(MembersOf(s, image));
            Assert.Equal(10, MembersOf(s, whole).Count);
            Assert.Equal(11, s.Ims.Members.Count);
        }

        [Fact]
        public async Task Accepting_a_full_ECS_image_needs_a_vault()
        {
            await using var s = await ImsSession.StartAsync();
            var whole = AddBackupWholeImage(s);
            await ShareAsync(s, whole);

            await RefusedAsync(HttpStatusCode.BadRequest, "IMG.0001",
                () => AnswerAsync(s.Member, whole, OpenStackMemberDecision.Accepted));
            var rejected = await AnswerAsync(s.Member, whole, OpenStackMemberDecision.Rejected);
            var accepted = await s.Member.OpenStackUpdateImageMemberAsync(new()
            {
                ImageId = whole, MemberId = ImsSession.MemberProjectId, Status = OpenStackMemberDecision.Accepted, VaultId = "vault-1",
            });

            Assert.Equal((MemberStatus.Rejected, MemberStatus.Accepted), (rejected.Status!.Value, accepted.Status!.Value));
            Assert.Equal("vault-1", Assert.Single(s.Ims.Members).VaultId);
        }

        [Theory]
        [InlineData("POST", "", "{\"member\": 7}")]
        [InlineData("POST", "", "{\"project\": \"7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f\"}")]
        [InlineData("POST", "", "{\"member\": ")]
        [InlineData("PUT", "/7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f", "{\"status\": \"pending\"}")]
        [InlineData("PUT", "/7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f", "{\"status\": [\"accepted\"]}")]
        [InlineData("PUT", "/7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f", "{}")]
        public async Task A_malformed_body_is_400_IMG_0001(string method, string member, string body)
        {
            await using var s = await ImsSession.StartAsync();
            var image = AddImage(s);
            await ShareAsync(s, image);

            var token = method == "PUT" ? ImsSession.MemberToken : ImsSession.OwnerToken;
            await MalformedAsync(s, new HttpMethod(method), $"v2/images/{image}/members{member}", body, token);

            Assert.Equal(new[] { (ImsSession.MemberProjectId, "pending") }, MembersOf(s, image));
        }
    }
}
