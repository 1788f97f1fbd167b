using System;
using System.Collections.Generic;

namespace CloudImages.Emulator
{
    /// <summary>One image as the emulator stores it. Property names follow the wire fields of "Querying Images";
    /// values are kept as the service sends them (enumerations as their wire text), so a test can build odd ones.</summary>
    /// <remarks>Only <see cref="Id"/> and <see cref="Name"/> are required; the rest default to a plain active,
    /// private, 64-bit Linux ECS image. Optional strings that are null are left out of the response.</remarks>
    public sealed record CatalogueImage
    {
        /// <summary><c>id</c>: the image ID (a UUID in the generated catalogue).</summary>
        public required string Id { get; init; }

        /// <summary><c>name</c>.</summary>
        public required string Name { get; init; }

        /// <summary><c>owner</c>: the project that owns the image.</summary>
        public string? Owner { get; init; }

        /// <summary><c>status</c>: queued, saving, deleted, killed or active.</summary>
        public string Status { get; init; } = "active";

        /// <summary><c>visibility</c>: public, private or shared.</summary>
        public string Visibility { get; init; } = "private";

        /// <summary><c>__imagetype</c>: gold, private or shared.</summary>
        public string ImageType { get; init; } = "private";

        /// <summary>The caller's membership of an image another project shares with it: accepted, rejected or
        /// pending. Null for every other image, including the caller's own shared images. Not a response field.</summary>
        public string? MemberStatus { get; init; }

        /// <summary><c>protected</c>.</summary>
        public bool Protected { get; init; }

        /// <summary><c>__isregistered</c>.</summary>
        public bool IsRegistered { get; init; } = true;

        /// <summary><c>__whole_image</c>: a full-ECS image (query parameter; sent in the response when true).</summary>
        public bool WholeImage { get; init; }

        /// <summary><c>container_format</c>.</summary>
        public string ContainerFormat { get; init; } = "bare";

        /// <summary><c>disk_format</c>: zvhd2, vhd, zvhd, raw or qcow2.</summary>
        public string DiskFormat { get; init; } = "zvhd2";

        /// <summary><c>min_ram</c> in MB.</summary>
        public int MinRam { get; init; }

        /// <summary><c>min_disk</c> in GB.</summary>
        public int MinDisk { get; init; } = 40;

        /// <summary><c>max_ram</c> in MB, a string on the wire.</summary>
        public string? MaxRam { get; init; }

        /// <summary><c>size</c> in bytes.</summary>
        public long Size { get; init; }

        /// <summary><c>virtual_size</c>; null, as the service sends it.</summary>
        public long? VirtualSize { get; init; }

        /// <summary><c>__image_size</c> in bytes, a string on the wire.</summary>
        public long? ImageSize { get; init; }

        /// <summary><c>checksum</c>.</summary>
        public string? Checksum { get; init; }

        /// <summary><c>created_at</c>, UTC, whole seconds on the wire.</summary>
        public DateTimeOffset CreatedAt { get; init; } = new(2018, 9, 6, 14, 3, 27, TimeSpan.Zero);

        /// <summary><c>updated_at</c>, UTC, whole seconds on the wire.</summary>
        public DateTimeOffset UpdatedAt { get; init; } = new(2018, 9, 6, 15, 17, 33, TimeSpan.Zero);

        /// <summary><c>active_at</c>.</summary>
        public DateTimeOffset? ActiveAt { get; init; }

        /// <summary>The image's tags; the response lists each as <c>key.value</c>, and <c>tag=key=value</c> finds it.</summary>
        public IReadOnlyList<ImageTag> Tags { get; init; } = Array.Empty<ImageTag>();

        /// <summary><c>__os_bit</c>: 32 or 64.</summary>
        public string OsBit { get; init; } = "64";

        /// <summary><c>__os_version</c>, such as "CentOS 7.3 64bit".</summary>
        public string? OsVersion { get; init; }

        /// <summary><c>__os_type</c>: Linux, Windows or Other.</summary>
        public string OsType { get; init; } = "Linux";

        /// <summary><c>__platform</c>, such as Ubuntu or Oracle Linux.</summary>
        public string? Platform { get; init; }

        /// <summary><c>__description</c>.</summary>
        public string? Description { get; init; }

        /// <summary><c>virtual_env_type</c>: FusionCompute, Ironic, DataImage or IsoImage.</summary>
        public string VirtualEnvType { get; init; } = "FusionCompute";

        /// <summary><c>__image_source_type</c>.</summary>
        public string? ImageSourceType { get; init; } = "uds";

        /// <summary><c>__originalimagename</c>: the parent image ID, or empty.</summary>
        public string? OriginalImageName { get; init; }

        /// <summary><c>__backup_id</c>.</summary>
        public string? BackupId { get; init; }

        /// <summary><c>__data_origin</c>.</summary>
        public string? DataOrigin { get; init; }

        /// <summary><c>__lazyloading</c>, a string on the wire.</summary>
        public bool? LazyLoading { get; init; }

        /// <summary><c>__os_feature_list</c>: JSON text, sent as a string.</summary>
        public string? OsFeatureList { get; init; }

        /// <summary><c>__support_kvm</c>.</summary>
        public bool SupportKvm { get; init; }

        /// <summary><c>__support_xen</c>.</summary>
        public bool SupportXen { get; init; }

        /// <summary><c>__support_largememory</c>.</summary>
        public bool SupportLargeMemory { get; init; }

        /// <summary><c>__support_diskintensive</c>.</summary>
        public bool SupportDiskIntensive { get; init; }

        /// <summary><c>__support_highperformance</c>.</summary>
        public bool SupportHighPerformance { get; init; }

        /// <summary><c>__support_xen_gpu_type</c>, such as M60_vGPU.</summary>
        public string? SupportXenGpuType { get; init; }

        /// <summary><c>__support_kvm_gpu_type</c>, such as V100.</summary>
        public string? SupportKvmGpuType { get; init; }

        /// <summary><c>__support_xen_hana</c>.</summary>
        public bool SupportXenHana { get; init; }

        /// <summary><c>__support_kvm_infiniband</c>.</summary>
        public bool SupportKvmInfiniBand { get; init; }

        /// <summary><c>enterprise_project_id</c>: "0" for the default project, or a UUID.</summary>
        public string EnterpriseProjectId { get; init; } = "0";

        /// <summary><c>__root_origin</c>.</summary>
        public string? RootOrigin { get; init; }

        /// <summary><c>__sequence_num</c>.</summary>
        public string? SequenceNum { get; init; }

        /// <summary><c>__support_fc_inject</c>.</summary>
        public bool? SupportFcInject { get; init; }

        /// <summary><c>hw_firmware_type</c>: bios or uefi.</summary>
        public string? HwFirmwareType { get; init; } = "bios";

        /// <summary><c>hw_vif_multiqueue_enabled</c>.</summary>
        public bool? HwVifMultiqueueEnabled { get; init; }

        /// <summary><c>__system__cmkid</c>: the KMS key that encrypts the image.</summary>
        public string? SystemCmkId { get; init; }

        /// <summary><c>__support_amd</c>.</summary>
        public bool? SupportAmd { get; init; }

        /// <summary>Further attributes by wire name, sent as strings after the others: the extension attributes that
        /// "Updating an Image" adds, and the documented ones this record has no property for.</summary>
        public IReadOnlyDictionary<string, string> Properties { get; init; } = EmptyProperties;

        private static readonly IReadOnlyDictionary<string, string> EmptyProperties = new Dictionary<string, string>();

        /// <summary>This image with the attribute <paramref name="name"/> of <see cref="Properties"/> set to
        /// <paramref name="value"/>, or removed when it is null.</summary>
        internal CatalogueImage WithProperty(string name, string? value)
        {
            var properties = new Dictionary<string, string>(Properties, StringComparer.Ordinal);
            if (value is null)
            {
                properties.Remove(name);
            }
            else
            {
                properties[name] = value;
            }

            return this with { Properties = properties };
        }
    }
}
