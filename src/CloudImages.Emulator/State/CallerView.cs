using System;
using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>Which images a project sees, and how: its own, the public ones, and those shared with it, which it
    /// sees as <c>visibility=shared</c>, <c>__imagetype=shared</c> with its <c>member_status</c>.</summary>
    /// <remarks>The default project also sees the generated catalogue's images that name a member status of their
    /// own (images "shared with the caller" from before membership was state), and images without an owner.</remarks>
    internal static class CallerView
    {
        public static IEnumerable<CatalogueImage> Of(ImsTransaction state, string projectId)
        {
            foreach (var image in state.Images())
            {
                if (See(state, projectId, image) is { } seen)
                {
                    yield return seen;
                }
            }
        }

        /// <summary>The image <paramref name="projectId"/> sees with <paramref name="id"/>, or null.</summary>
        public static CatalogueImage? Find(ImsTransaction state, string projectId, string id) =>
            state.FindImage(id) is { } image ? See(state, projectId, image) : null;

        private static CatalogueImage? See(ImsTransaction state, string projectId, CatalogueImage image)
        {
            if (state.Owns(projectId, image))
            {
                return image;
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
