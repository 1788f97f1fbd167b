using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>Which images a project sees, and how: its own, the public ones, and those shared with it, which it
    /// sees as <c>visibility=shared</c>, <c>__imagetype=shared</c> with its <c>member_status</c>. The owner sees its
    /// private image as shared too once it has members ("The __imagetype of images you share with other tenants ...
    /// is shared"), and as private again when the last member is gone.</summary>
    /// <remarks>The default project also sees the generated catalogue's images that name a member status of their
    /// own (images "shared with the caller" from before membership was state), and images without an owner.</remarks>
    internal static class CallerView
    {
        public static IEnumerable<CatalogueImage> Of(ImsTransaction state, string projectId)
        {
            var shared = state.Data.Members.Values.Select(m => m.ImageId).ToHashSet(StringComparer.Ordinal);
            foreach (var image in state.Images())
            {
                if (See(state, projectId, image, shared.Contains(image.Id)) is { } seen)
                {
                    yield return seen;
                }
            }
        }

        /// <summary>The image <paramref name="projectId"/> sees with <paramref name="id"/>, or null.</summary>
        public static CatalogueImage? Find(ImsTransaction state, string projectId, string id) =>
            state.FindImage(id) is { } image ? See(state, projectId, image, state.MembersOf(id).Count > 0) : null;

        private static CatalogueImage? See(ImsTransaction state, string projectId, CatalogueImage image, bool hasMembers)
        {
            if (state.Owns(projectId, image))
            {
                return hasMembers && string.Equals(image.Visibility, "private", StringComparison.Ordinal)
                    ? image with { Visibility = "shared", ImageType = "shared" }
                    : image;
            }

            if (state.FindMember(image.Id, projectId) is { } member)
            {
                return image with { Visibility = "shared", ImageType = "shared", MemberStatus = member.Status };
            }

            var isDefault = string.Equals(projectId, state.DefaultProjectId, StringComparison.Ordinal);
            return string.Equals(image.Visibility, "public", StringComparison.Ordinal) || (isDefault && image.MemberStatus is not null) ? image : null;
        }
    }
}
