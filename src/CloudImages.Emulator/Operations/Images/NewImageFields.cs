using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CloudImages.Emulator
{
    /// <summary>What a new image takes from its request whatever its source: name, description, tags, enterprise
    /// project and memory limits, each checked as "Image Attributes" and the creating pages describe.</summary>
    internal sealed partial record NewImageFields(string Name, string? Description, IReadOnlyList<ImageTag> Tags)
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

        private static string CheckedName(JsonBody body, string? defaultName)
        {
            var name = body.String("name") ?? defaultName;
            if (string.IsNullOrEmpty(name))
            {
                throw ImsErrors.Refuse("IMG.0013", $"{body.Member("name")} is missing.");
            }

            if (name.Length > 128)
            {
                throw ImsErrors.Refuse("IMG.0002", $"{body.Member("name")} has {name.Length}.");
            }

            return NamePattern().IsMatch(name)
                ? name
                : throw ImsErrors.Refuse("IMG.0003", $"{body.Member("name")} '{name}' holds a character other than letters, digits, spaces, '-', '.' " +
                    "and '_', or starts or ends with a space.");
        }

        private static string? CheckedDescription(JsonBody body)
        {
            var description = body.String("description");
            if (description is null)
            {
                return null;
            }

            if (description.Length > 1024)
            {
                throw ImsErrors.Refuse("IMG.0004", $"{body.Member("description")} has {description.Length}.");
            }

            return description.AsSpan().IndexOfAny("\r\n<>") < 0
                ? description
                : throw ImsErrors.Refuse("IMG.0054", $"{body.Member("description")} holds a line break or an angle bracket.");
        }

        // "0" or blank is the default enterprise project, anything else names one by its UUID.
        private static string EnterpriseProject(JsonBody body)
        {
            var id = body.String("enterprise_project_id");
            if (string.IsNullOrEmpty(id) || id == "0")
            {
                return "0";
            }

            return Guid.TryParseExact(id, "D", out _)
                ? id
                : throw new ImsRequestException(ImsErrors.InvalidEnterpriseProject($"'{id}' is neither 0 nor a UUID."));
        }

        [GeneratedRegex(@"\A(?! )[A-Za-z0-9 ._-]{1,128}(?<! )\z")]
        private static partial Regex NamePattern();
    }
}
