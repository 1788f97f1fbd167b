using System;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>GET /v1/cloudimages/quota: the caller's private-image quota: how many images it owns, of how many it may.</summary>
    internal static class GetImageQuotaEndpoint
    {
        public static Route Route { get; } = Route.For("GetImageQuota", "GET", "/v1/cloudimages/quota", Handle);

        /// <summary>The bounds the page's example shows for the image quota.</summary>
        private const int MinQuota = 1;
        private const int MaxQuota = 1000;

        /// <summary>The private images <paramref name="project"/> owns: every image of its own but deleted ones and the
        /// public images, whatever their status (a queued image counts).</summary>
        public static int Used(ImsTransaction state, string project) =>
            state.Images().Count(i => state.Owns(project, i) && i.Status != "deleted" && i.Visibility != "public" && i.ImageType != "gold");

        private static ImsResponse Handle(ImsCall call)
        {
            var project = call.ProjectId;
            var (used, quota) = call.Run(state => (Used(state, project), state.ImageQuota));
            return ImsResponse.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("quotas");
                w.WriteStartArray("resources");
                w.WriteStartObject();
                w.WriteString("type", "image");
                w.WriteNumber("used", used);
                w.WriteNumber("quota", quota);
                w.WriteNumber("min", MinQuota);
                w.WriteNumber("max", Math.Max(MaxQuota, quota));
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            });
        }
    }
}
