using System;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>GET /v2/{project_id}/images/tags: every tag key of the caller's own images, each with the values it
    /// has on them (once each; "" for a tag without a value). Keys and values in ordinal order.</summary>
    internal static class ProjectTagsEndpoint
    {
        public static Route Route { get; } = Route.For("ListProjectImageTags", "GET", "/v2/{project_id}/images/tags", Handle);

        private static ImsResponse Handle(ImsCall call)
        {
            var project = call.ProjectId;
            var keys = call.Run(state => state.Images()
                .Where(image => state.Owns(project, image))
                .SelectMany(image => image.Tags)
                .GroupBy(tag => tag.Key, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => (group.Key, Values: group.Select(t => t.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
                .ToList());
            return ImsResponse.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("tags");
                foreach (var (key, values) in keys)
                {
                    w.WriteStartObject();
                    w.WriteString("key", key);
                    w.WriteStartArray("values");
                    values.ForEach(w.WriteStringValue);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
    }
}
