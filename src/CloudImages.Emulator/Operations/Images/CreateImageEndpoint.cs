using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>POST /v2/cloudimages/action: a private image from one source, told apart by the members present:
    /// <c>instance_id</c> (an ECS), <c>image_url</c> (a file in OBS), <c>volume_id</c> (a data disk), or only
    /// <c>data_images</c> (data disks of an ECS).</summary>
    internal static class CreateImageEndpoint
    {
        public static Route Route { get; } = Route.For("CreateImage", "POST", "/v2/cloudimages/action", Handle);

        private static ImsResponse Handle(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            CheckTypes(body);
            var sources = new[] { "instance_id", "image_url", "volume_id" }.Where(name => body.String(name) is not null).ToList();
            if (sources.Count > 1)
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest($"an image has one source, not {string.Join(" and ", sources)}."));
            }

            var project = call.ProjectId;
            switch (sources.FirstOrDefault())
            {
                case "instance_id":
                    return CreateImageFromServer.Handle(call, body, project);
                case "image_url":
                    return CreateImageFromFile.Handle(call, body, project);
                case "volume_id":
                    return CreateImageFromVolume.Handle(call, body, project);
                default:
                    return body.Objects("data_images") is { Count: > 0 } items
                        ? CreateImageFromServer.HandleDataDisks(call, items, project)
                        : throw ImsErrors.Refuse("IMG.0012", "the request names no source: instance_id, image_url, volume_id or data_images.");
            }
        }

        // A member of the wrong JSON type makes the body malformed whatever the source, so it is refused first.
        private static void CheckTypes(JsonBody body)
        {
            foreach (var name in new[] { "name", "description", "enterprise_project_id", "os_type", "os_version", "cmk_id", "type", "hw_firmware_type" })
            {
                _ = body.String(name);
            }

            _ = (body.Strings("tags"), body.Objects("image_tags"), body.Objects("data_images"));
            _ = (body.Int("min_ram"), body.Int("max_ram"), body.Int("min_disk"), body.Bool("is_config"), body.Bool("is_quick_import"));
        }
    }
}
