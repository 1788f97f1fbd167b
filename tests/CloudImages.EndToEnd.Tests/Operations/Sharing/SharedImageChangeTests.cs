using CloudImages.Ims;
using static CloudImages.EndToEnd.Tests.Operations.Sharing.SharingSetup;

namespace CloudImages.EndToEnd.Tests.Operations.Sharing
{
    /// <summary>The owner sees its private image as shared while it has members; changing the image then keeps that
    /// view out of the stored image, so it is private again once the last member is gone.</summary>
    public sealed class SharedImageChangeTests
    {
        [Fact]
        public async Task A_shared_image_changed_by_its_owner_is_private_again_after_its_last_member_goes()
        {
            await using var s = await ImsSession.StartAsync();
            var id = AddImage(s);
            await ShareAsync(s, id);

            await s.Owner.OpenStackAddImageTagAsync(new OpenStackAddImageTagQuery { ImageId = id, Tag = "kept" });
            var patched = await s.Owner.UpdateImageAsync(new UpdateImageRequest { ImageId = id, Patch = new UpdateImagePatch().ReplaceName("renamed") });
            var renamed = await s.Owner.OpenStackUpdateImageAsync(new OpenStackUpdateImageRequest
            {
                ImageId = id,
                Patch = new OpenStackUpdateImagePatch().ReplaceName("renamed-again"),
            });

            // While shared, the owner's answers show the image as shared, and nothing of that view is stored.
            Assert.Equal("shared", patched.Visibility?.Value);
            Assert.Equal("shared", renamed.Visibility?.Value);
            var stored = s.Ims.Catalogue.Find(id)!;
            Assert.Equal(("private", "private", "renamed-again"), (stored.Visibility, stored.ImageType, stored.Name));

            await s.Owner.OpenStackDeleteImageMemberAsync(new OpenStackDeleteImageMemberQuery { ImageId = id, MemberId = ImsSession.MemberProjectId });

            var image = Assert.Single((await s.Owner.ListImagesAsync(new ListImagesQuery { Id = id })).Images!);
            Assert.Equal(("private", "private"), (image.Visibility?.Value, image.ImageType?.Value));
            Assert.Equal(new[] { "kept." }, image.Tags);
        }
    }
}
