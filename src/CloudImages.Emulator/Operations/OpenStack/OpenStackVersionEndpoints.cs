using System;
using System.Collections.Generic;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>GET / and GET /{version}: the API versions, answered with 300 (Multiple Choices) as the pages show.
    /// The links are paths on this emulator (the pages show the service's host name).</summary>
    internal static class OpenStackVersionEndpoints
    {
        /// <summary>The versions of "Querying API Versions", in its order.</summary>
        private static readonly (string Id, string Status, string Href)[] Versions =
        {
            ("v2.2", "CURRENT", "/v2/"),
            ("v2.1", "SUPPORTED", "/v2/"),
            ("v2.0", "SUPPORTED", "/v2/"),
            ("v1.1", "DEPRECATED", "/v1/"),
            ("v1.0", "DEPRECATED", "/v1/"),
        };

        public static Route List { get; } = Route.For("OpenStackListVersions", "GET", "/", _ => Answer(Versions));

        public static Route Get { get; } = Route.For("OpenStackGetVersion", "GET", "/{version}", GetVersion);

        // An unknown version is an API that does not exist: the gateway's 404.
        private static ImsResponse GetVersion(ImsCall call)
        {
            var id = call["version"];
            var index = Array.FindIndex(Versions, v => string.Equals(v.Id, id, StringComparison.Ordinal));
            return index >= 0 ? Answer(new[] { Versions[index] }) : throw new ImsRequestException(ImsErrors.NoSuchApi);
        }

        private static ImsResponse Answer(IEnumerable<(string Id, string Status, string Href)> versions) => ImsResponse.Json(300, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("versions");
            foreach (var (id, status, href) in versions)
            {
                w.WriteStartObject();
                w.WriteString("status", status);
                w.WriteString("id", id);
                w.WriteStartArray("links");
                w.WriteStartObject();
                w.WriteString("href", href);
                w.WriteString("rel", "self");
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
