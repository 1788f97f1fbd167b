using System;

namespace CloudImages.Emulator
{
    /// <summary>What an OpenStack-native member path names, as the caller may see it: an image it does not see is a
    /// 404, and so is a member it may not see (the owner sees every member, a member only itself).</summary>
    internal static class OpenStackMemberLookup
    {
        /// <summary>The stored image <paramref name="id"/>, when <paramref name="caller"/> sees it.</summary>
        public static CatalogueImage Image(ImsTransaction state, string caller, string id) =>
            state.FindImage(ImageLookup.Seen(state, caller, id, openStack: true).Id)!;

        /// <summary>The membership of <paramref name="memberId"/> in <paramref name="image"/>, when
        /// <paramref name="caller"/> may see it; else a 404 with <paramref name="code"/> (IMG.0114 "Failed to query
        /// the tenant details", IMG.0113 "Failed to delete the tenant").</summary>
        public static ImageMember Member(ImsTransaction state, CatalogueImage image, string caller, string memberId, string code)
        {
            var visible = state.Owns(caller, image) || string.Equals(caller, memberId, StringComparison.Ordinal);
            var member = visible ? ImageMembership.Find(state, image, memberId) : null;
            var detail = $"project {memberId} is not a member of image {image.Id}.";
            return member ?? throw new ImsRequestException(ImsErrors.Of(code, detail) with { Status = 404 });
        }
    }
}
