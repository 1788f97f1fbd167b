using CloudImages.Ims;

namespace CloudImages.EndToEnd.Tests.Operations.Sharing
{
    /// <summary>The generated catalogue's images shared with the default project: that project is their member, and
    /// answers through the member APIs like any other.</summary>
    public sealed class CatalogueMembershipTests
    {
        [Fact]
        public async Task The_default_project_accepts_a_pending_catalogue_image_and_then_lists_it()
        {
            await using var s = await ImsSession.StartAsync(images: 400);
            var pending = s.Ims.Catalogue.Images.First(i => i is { MemberStatus: "pending", Status: "active" });
            Assert.DoesNotContain(pending.Id, await ListIdsAsync(s, new() { Limit = 1000 }));

            var before = Assert.Single((await s.Owner.OpenStackListImageMembersAsync(new() { ImageId = pending.Id })).Members!);
            var accepted = await s.Owner.OpenStackUpdateImageMemberAsync(new()
            {
                ImageId = pending.Id, MemberId = ImsSession.OwnerProjectId, Status = OpenStackMemberDecision.Accepted,
            });

            Assert.Equal((ImsSession.OwnerProjectId, MemberStatus.Pending), (before.MemberId, before.Status!.Value));
            Assert.Equal(MemberStatus.Accepted, accepted.Status!.Value);
            Assert.Contains(pending.Id, await ListIdsAsync(s, new() { Limit = 1000 }));
            var acceptedOnly = new ListImagesQuery { Visibility = Visibility.Shared, MemberStatus = MemberStatus.Accepted, Limit = 1000 };
            Assert.Contains(pending.Id, await ListIdsAsync(s, acceptedOnly));
        }

        private static async Task<IReadOnlyList<string>> ListIdsAsync(ImsSession s, ListImagesQuery query) =>
            (await s.Owner.ListImagesAsync(query)).Images!.Select(i => i.Id!).ToList();
    }
}
