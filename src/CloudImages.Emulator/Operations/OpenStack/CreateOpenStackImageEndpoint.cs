using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>POST /v2/images: creates the metadata of a private image of the caller, queued for its file
    /// (PUT /v2/images/{image_id}/file), and answers 201 with the image.</summary>
    internal static class CreateOpenStackImageEndpoint
    {
        /// <summary>The value when <c>__os_version</c> is not given ("Other Linux(64 bit) will be used").</summary>
        public const string DefaultOsVersion = "Other Linux(64 bit)";

        private static readonly string[] Members =
            { "__os_version", "visibility", "name", "protected", "container_format", "disk_format", "tags", "min_ram", "min_disk" };

        // The page lists these four; zvhd is a format of the other pages only.
        private static readonly string[] DiskFormats = { "zvhd2", "vhd", "raw", "qcow2" };

        public static Route Route { get; } = Route.For("OpenStackCreateImage", "POST", "/v2/images", Handle);

        private static ImsResponse Handle(ImsCall call)
        {
            var image = Read(JsonBody.Parse(call.Body));
            var project = call.ProjectId;
            return call.Run(state =>
            {
                ImageQuota.Ensure(state, project, 1);

                var created = image with { Id = ImsTransaction.NewId(), Owner = project, CreatedAt = state.Now, UpdatedAt = state.Now };
                state.PutImage(created);
                return OpenStackImageJson.Image(201, created) with
                {
                    Headers = new Dictionary<string, string> { ["Location"] = $"/v2/images/{created.Id}" },
                };
            });
        }

        /// <summary>The image the body describes, without id, owner and times.</summary>
        private static CatalogueImage Read(JsonBody body)
        {
            if (body.Names().FirstOrDefault(n => !Members.Contains(n, StringComparer.Ordinal)) is { } unknown)
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest($"{unknown} is not a member of this request."));
            }

            if (body.String("visibility") is { } visibility && visibility != "private")
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest($"visibility '{visibility}': image metadata is created private."));
            }

            var name = body.String("name");
            if (name is not null)
            {
                ImageAttributeRules.Name(name, "name", maxLength: 255);
            }

            var container = body.String("container_format") ?? "bare";
            if (container != "bare")
            {
                throw new ImsRequestException(ImsErrors.InvalidFormat($"container_format '{container}' is not bare."));
            }

            var disk = body.String("disk_format") ?? "zvhd2";
            if (!DiskFormats.Contains(disk, StringComparer.Ordinal))
            {
                throw new ImsRequestException(ImsErrors.InvalidFormat($"disk_format '{disk}' is not one of {string.Join(", ", DiskFormats)}."));
            }

            var minRam = body.Int("min_ram") ?? 0;
            var minDisk = body.Int("min_disk");
            if (minRam < 0 || minDisk is < 1 or > 1024)
            {
                throw new ImsRequestException(ImsErrors.InvalidSize($"min_ram {minRam} is below 0 or min_disk {minDisk} is not 1 to 1024."));
            }

            var (osVersion, platform, osType, osBit) = OsOf(body.String("__os_version"));
            return new CatalogueImage
            {
                Id = string.Empty,
                Name = name ?? string.Empty,
                Status = "queued",
                Protected = body.Bool("protected") ?? false,
                ContainerFormat = container,
                DiskFormat = disk,
                MinRam = minRam,
                MinDisk = minDisk ?? 0,
                ImageSize = 0,
                Tags = OpenStackImageRules.ParseTags(body.Strings("tags") ?? Array.Empty<string>()),
                OsVersion = osVersion,
                Platform = platform,
                OsType = osType,
                OsBit = osBit,
                HwFirmwareType = null,
            };
        }

        /// <summary>The platform, OS type and bits a documented <c>__os_version</c> implies (Values of Related
        /// Parameters, Table 1); another version is IMG.0056.</summary>
        private static (string Version, string Platform, string OsType, string OsBit) OsOf(string? version)
        {
            if (version is null or DefaultOsVersion)
            {
                return (DefaultOsVersion, "Other", "Linux", "64");
            }

            var family = Array.Find(OsVersions.Families, f => f.Versions.Contains(version, StringComparer.Ordinal))
                ?? throw ImsErrors.Refuse("IMG.0056", $"'{version}' is not an __os_version of Values of Related Parameters.");
            return (version, family.Platform, family.OsType, OsFamily.BitsOf(version));
        }
    }
}
