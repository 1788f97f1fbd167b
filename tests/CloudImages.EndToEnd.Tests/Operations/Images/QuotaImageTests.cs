using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Images.ImageManagementFixture;

namespace CloudImages.EndToEnd.Tests.Operations.Images
{
    /// <summary>GET /v1/cloudimages/quota: the caller's private images against its quota.</summary>
    public sealed class QuotaImageTests
    {
        [Fact]
        public async Task Used_counts_the_private_images_the_caller_owns()
        {
            await using var s = await ImsSession.StartAsync(configure: o => o.Inventory.ImageQuota = 25);
            AddImage(s, "active");
            AddImage(s, "queued", i => i with { Status = "queued" });
            AddImage(s, "shared by me", i => i with { Visibility = "shared", ImageType = "shared" });
            AddImage(s, "deleted", i => i with { Status = "deleted" });
            AddImage(s, "public", Public);
            AddImage(s, "shared with me", i => SharedWithOwner(i));
            AddImage(s, "the member's", i => i with { Owner = ImsSession.MemberProjectId });

            var owner = await QuotaOf(s.Owner);
            var member = await QuotaOf(s.Member);

            Assert.Equal(QuotaResourceType.Image, owner.Type);
            Assert.Equal((3, 25, 1, 1000), (owner.Used, owner.Quota, owner.Min, owner.Max));
            Assert.Equal((1, 25), (member.Used, member.Quota));
        }

        [Fact]
        public async Task A_copy_counts_from_the_moment_it_is_requested()
        {
            await using var s = await ImsSession.StartAsync(configure: o => o.Inventory.ImageQuota = 100);
            var source = AddImage(s, "source");
            var before = await QuotaOf(s.Owner);

            await s.Owner.CopyImageInRegionAsync(new CopyImageInRegionRequest { ImageId = source.Id, Name = "copy" });

            var after = await QuotaOf(s.Owner);
            Assert.Equal((1, 100), (before.Used, before.Quota));
            Assert.Equal((2, 100), (after.Used, after.Quota));
        }

        [Fact]
        public async Task The_answer_has_the_shape_of_the_pages_example()
        {
            await using var s = await ImsSession.StartAsync(configure: o => o.Inventory.ImageQuota = 100);
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("X-Auth-Token", ImsSession.OwnerToken);

            var body = await http.GetStringAsync(new Uri(s.Ims.BaseAddress, "v1/cloudimages/quota"));

            Assert.Equal("{\"quotas\":{\"resources\":[{\"type\":\"image\",\"used\":0,\"quota\":100,\"min\":1,\"max\":1000}]}}", body);
        }

        private static async Task<QuotaResource> QuotaOf(CloudImagesClient client) =>
            Assert.Single((await client.GetImageQuotaAsync(new GetImageQuotaQuery())).Quotas?.Resources ?? []);
    }
}
