using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>The private-image quota: what counts against it, and the refusal when a request would pass it.</summary>
    internal static class ImageQuota
    {
        /// <summary>The private images <paramref name="project"/> owns: every image of its own but deleted ones and the
        /// public images, whatever their status (a queued image counts).</summary>
        public static int Used(ImsTransaction state, string project) =>
            state.Images().Count(i => state.Owns(project, i) && i.Status != "deleted" && i.Visibility != "public" && i.ImageType != "gold");

        /// <summary>Refuses a request that makes <paramref name="adding"/> more private images than the quota leaves.</summary>
        /// <exception cref="ImsRequestException">IMG.0015.</exception>
        public static void Ensure(ImsTransaction state, string project, int adding)
        {
            var used = Used(state, project);
            if (used + adding > state.ImageQuota)
            {
                throw ImsErrors.Refuse("IMG.0015", $"project {project} has {used} of {state.ImageQuota} private images; this request makes {adding}.");
            }
        }
    }
}
