using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>An attribute "Updating an Image" changes: how a value sent for it is checked, whether an image has
    /// it (JSON Patch replaces and removes only what is there), and how it is set and removed.</summary>
    /// <param name="Name">The wire name, the path without its '/'.</param>
    /// <param name="ReplaceOnly">True for <c>name</c>: an image always has one.</param>
    /// <param name="Normalize">Checks a value sent for it (refusing it with its IMG code); the text to store.</param>
    /// <param name="IsPresent">True when the image shows the attribute.</param>
    /// <param name="Set">The image with the checked value.</param>
    /// <param name="Remove">The image without it (or with its default, for an attribute every image has).</param>
    internal sealed record PatchableAttribute(
        string Name,
        bool ReplaceOnly,
        Func<string, string> Normalize,
        Func<CatalogueImage, bool> IsPresent,
        Func<CatalogueImage, string, CatalogueImage> Set,
        Func<CatalogueImage, CatalogueImage> Remove);

    /// <summary>The attributes the page lists as updatable, and the ones it does not, which cannot be updated.</summary>
    internal static class UpdateImageAttributes
    {
        public static IReadOnlyDictionary<string, PatchableAttribute> All { get; } = new[]
        {
            new PatchableAttribute("name", true, v => ImageAttributeRules.Name(v, "/name"), _ => true, (i, v) => i with { Name = v }, i => i),
            Text("__description", v => ImageAttributeRules.Description(v, "/__description"), i => i.Description,
                (i, v) => i with { Description = v }),
            Flag("__support_xen", i => i.SupportXen, (i, v) => i with { SupportXen = v }),
            Flag("__support_largememory", i => i.SupportLargeMemory, (i, v) => i with { SupportLargeMemory = v }),
            Flag("__support_diskintensive", i => i.SupportDiskIntensive, (i, v) => i with { SupportDiskIntensive = v }),
            Flag("__support_highperformance", i => i.SupportHighPerformance, (i, v) => i with { SupportHighPerformance = v }),
            Text("__support_xen_gpu_type", v => OneOf(v, "/__support_xen_gpu_type", "M60_vGPU"), i => i.SupportXenGpuType,
                (i, v) => i with { SupportXenGpuType = v }),
            Text("__support_kvm_gpu_type", v => OneOf(v, "/__support_kvm_gpu_type", "M60", "V100_vGPU", "P2V_V100", "P100", "V100"),
                i => i.SupportKvmGpuType, (i, v) => i with { SupportKvmGpuType = v }),
            Flag("__support_xen_hana", i => i.SupportXenHana, (i, v) => i with { SupportXenHana = v }),
            Property("__is_config_init"),
            new PatchableAttribute("enterprise_project_id", false, v => ImageAttributeRules.EnterpriseProject(v, "/enterprise_project_id"), _ => true,
                (i, v) => i with { EnterpriseProjectId = v }, i => i with { EnterpriseProjectId = "0" }),
            new PatchableAttribute("min_ram", false, v => Memory(v, "/min_ram"), _ => true,
                (i, v) => i with { MinRam = int.Parse(v, CultureInfo.InvariantCulture) }, i => i with { MinRam = 0 }),
            Text("max_ram", v => Memory(v, "/max_ram"), i => i.MaxRam, (i, v) => i with { MaxRam = v }),
            OptionalFlag("hw_vif_multiqueue_enabled", i => i.HwVifMultiqueueEnabled, (i, v) => i with { HwVifMultiqueueEnabled = v }),
            Text("hw_firmware_type", FirmwareType, i => i.HwFirmwareType, (i, v) => i with { HwFirmwareType = v }),
            Flag("__support_kvm_infiniband", i => i.SupportKvmInfiniBand, (i, v) => i with { SupportKvmInfiniBand = v }),
            OptionalFlag("__support_fc_inject", i => i.SupportFcInject, (i, v) => i with { SupportFcInject = v }),
            OptionalFlag("__support_amd", i => i.SupportAmd, (i, v) => i with { SupportAmd = v }),
            Property("__support_kvm_hi1822_hisriov"),
            Property("__support_kvm_hi1822_hivirtionet"),
        }.ToDictionary(a => a.Name, StringComparer.Ordinal);

        /// <summary>What an image shows that the page does not let a caller update: not extension attributes either.</summary>
        public static IReadOnlySet<string> ReadOnly { get; } = new HashSet<string>(StringComparer.Ordinal)
        {
            "schema", "min_disk", "created_at", "__image_source_type", "container_format", "file", "updated_at", "protected", "checksum", "id",
            "__isregistered", "__lazyloading", "owner", "__os_type", "__imagetype", "visibility", "virtual_env_type", "tags", "__platform",
            "size", "__os_bit", "__os_version", "self", "disk_format", "virtual_size", "status", "__originalimagename", "__backup_id",
            "__image_size", "__data_origin", "active_at", "__os_feature_list", "__support_kvm", "__root_origin", "__sequence_num",
            "__system__cmkid", "__whole_image", "__account_code", "__productcode", "__image_location", "deleted", "deleted_at", "member_status",
        };

        private static PatchableAttribute Text(
            string name, Func<string, string> normalize, Func<CatalogueImage, string?> get, Func<CatalogueImage, string?, CatalogueImage> set) =>
            new(name, false, normalize, i => get(i) is not null, (i, v) => set(i, v), i => set(i, null));

        // A flag the response shows only when true ("Otherwise, this parameter is not required").
        private static PatchableAttribute Flag(string name, Func<CatalogueImage, bool> get, Func<CatalogueImage, bool, CatalogueImage> set) =>
            new(name, false, v => Boolean(v, "/" + name), get, (i, v) => set(i, v == "true"), i => set(i, false));

        private static PatchableAttribute OptionalFlag(
            string name, Func<CatalogueImage, bool?> get, Func<CatalogueImage, bool?, CatalogueImage> set) =>
            new(name, false, v => Boolean(v, "/" + name), i => get(i) is not null, (i, v) => set(i, v == "true"), i => set(i, null));

        // A documented attribute the image record has no property for: kept with the extension attributes.
        private static PatchableAttribute Property(string name) =>
            new(name, false, v => Boolean(v, "/" + name), i => i.Properties.ContainsKey(name), (i, v) => i.WithProperty(name, v),
                i => i.WithProperty(name, null));

        private static string Boolean(string value, string path) =>
            value.Equals("true", StringComparison.OrdinalIgnoreCase) ? "true"
            : value.Equals("false", StringComparison.OrdinalIgnoreCase) ? "false"
            : throw new ImsRequestException(ImsErrors.InvalidRequest($"{path} must be \"true\" or \"false\", not '{value}'."));

        private static string Memory(string value, string path) =>
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var megabytes)
                ? megabytes.ToString(CultureInfo.InvariantCulture)
                : throw new ImsRequestException(ImsErrors.InvalidSize($"{path} '{value}' is not a number of megabytes."));

        private static string FirmwareType(string value) =>
            value is "bios" or "uefi" ? value : throw ImsErrors.Refuse("IMG.0141", $"/hw_firmware_type is '{value}'.");

        private static string OneOf(string value, string path, params string[] values) =>
            Array.IndexOf(values, value) >= 0
                ? value
                : throw new ImsRequestException(ImsErrors.InvalidRequest($"{path} '{value}' is not one of {string.Join(", ", values)}."));
    }
}
