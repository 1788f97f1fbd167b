using System;

namespace CloudImages.Emulator
{
    /// <summary>GET /v1/cloudimages/quota: the caller's private-image quota: how many images it owns, of how many it may.</summary>
    internal static class GetImageQuotaEndpoint
    {
        public static Route Route { get; } = Route.For("GetImageQuota", "GET", "/v1/cloudimages/quota", Handle);

        /// <summary>The bounds the page's example shows for the image quota.</summary>
        private const int MinQuota = 1;
        private const int MaxQuota = 1000;

        private static ImsResponse Handle(ImsCall call)
        {
            var project = call.ProjectId;
            var (used, quota) = call.Run(state => (ImageQuota.Used(state, project), state.ImageQuota));
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
