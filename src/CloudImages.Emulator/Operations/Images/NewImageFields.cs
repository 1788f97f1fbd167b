using System;
using System.Collections.Generic;
using System.Globalization;

namespace CloudImages.Emulator
{
    /// <summary>What a new image takes from its request whatever its source: name, description, tags, enterprise
    /// project and memory limits, each checked as "Image Attributes" and the creating pages describe.</summary>
    internal sealed record NewImageFields(string Name, string? Description, IReadOnlyList<ImageTag> Tags)
    {
        public string EnterpriseProjectId { get; init; } = "0";

        public int MinRam { get; init; }

        /// <summary><c>max_ram</c> as the image lists it (a string), or null when not given.</summary>
        public string? MaxRam { get; init; }

        /// <summary>The fields of a request's image: its own, then the enterprise project and memory limits.</summary>
        public static NewImageFields Read(JsonBody body)
        {
            var own = ReadOwn(body);
            var minRam = body.Int("min_ram") ?? 0;
            var maxRam = body.Int("max_ram");
            if (minRam < 0 || maxRam < 0)
            {
                throw new ImsRequestException(ImsErrors.InvalidSize($"{body.Member(minRam < 0 ? "min_ram" : "max_ram")} is negative."));
            }

            if (maxRam > 0 && minRam > maxRam)
            {
                throw new ImsRequestException(ImsErrors.InvalidSize($"min_ram {minRam} MB is more than max_ram {maxRam} MB."));
            }

            return own with
            {
                EnterpriseProjectId = EnterpriseProject(body),
                MinRam = minRam,
                MaxRam = maxRam?.ToString(CultureInfo.InvariantCulture),
            };
        }

        /// <summary>Name, description and tags of <paramref name="body"/>, an image or a <c>data_images</c> item;
        /// <paramref name="defaultName"/> stands in for a name the page lets the request leave out.</summary>
        public static NewImageFields ReadOwn(JsonBody body, string? defaultName = null) =>
            new(CheckedName(body, defaultName), CheckedDescription(body), NewImageTags.Read(body));

        private static string CheckedName(JsonBody body, string? defaultName) =>
            ImageAttributeRules.Name(body.String("name") ?? defaultName, body.Member("name"));

        private static string? CheckedDescription(JsonBody body) =>
            body.String("description") is { } description ? ImageAttributeRules.Description(description, body.Member("description")) : null;

        // "0" or blank is the default enterprise project, anything else names one by its UUID.
        private static string EnterpriseProject(JsonBody body) =>
            body.String("enterprise_project_id") is { Length: > 0 } id ? ImageAttributeRules.EnterpriseProject(id, body.Member("enterprise_project_id")) : "0";
    }
}
