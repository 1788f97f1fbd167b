using Newtonsoft.Json;

namespace CloudImages.Benchmarks.Deserialization.SdkStyle
{
    /// <summary>The official .NET SDK's IMS <c>ImageInfo</c>, as its users deserialize it today: Newtonsoft.Json,
    /// <c>[JsonProperty]</c> wire names, class enums read by a reflection converter, booleans and times kept as
    /// strings, no extension data (undocumented fields are skipped), and <c>__lazyloading</c> absent.</summary>
    public sealed class SdkImageInfo
    {
        [JsonConverter(typeof(SdkEnumConverter<ImageSourceTypeEnum>))]
        public sealed class ImageSourceTypeEnum(string value, bool known = false) : SdkEnum<ImageSourceTypeEnum>(value, known)
        {
            public static readonly ImageSourceTypeEnum Uds = new("uds", true), Swift = new("swift", true);
        }

        [JsonConverter(typeof(SdkEnumConverter<ImagetypeEnum>))]
        public sealed class ImagetypeEnum(string value, bool known = false) : SdkEnum<ImagetypeEnum>(value, known)
        {
            public static readonly ImagetypeEnum Gold = new("gold", true), Private = new("private", true), Shared = new("shared", true);
        }

        [JsonConverter(typeof(SdkEnumConverter<IsregisteredEnum>))]
        public sealed class IsregisteredEnum(string value, bool known = false) : SdkEnum<IsregisteredEnum>(value, known)
        {
            public static readonly IsregisteredEnum True = new("true", true), False = new("false", true);
        }

        [JsonConverter(typeof(SdkEnumConverter<OsBitEnum>))]
        public sealed class OsBitEnum(string value, bool known = false) : SdkEnum<OsBitEnum>(value, known)
        {
            public static readonly OsBitEnum _32 = new("32", true), _64 = new("64", true);
        }

        [JsonConverter(typeof(SdkEnumConverter<OsTypeEnum>))]
        public sealed class OsTypeEnum(string value, bool known = false) : SdkEnum<OsTypeEnum>(value, known)
        {
            public static readonly OsTypeEnum Linux = new("Linux", true), Windows = new("Windows", true), Other = new("Other", true);
        }

        [JsonConverter(typeof(SdkEnumConverter<PlatformEnum>))]
        public sealed class PlatformEnum(string value, bool known = false) : SdkEnum<PlatformEnum>(value, known)
        {
            public static readonly PlatformEnum Windows = new("Windows", true), Ubuntu = new("Ubuntu", true), Redhat = new("RedHat", true), Suse = new("SUSE", true), Centos = new("CentOS", true), Debian = new("Debian", true), Opensuse = new("OpenSUSE", true), OracleLinux = new("Oracle Linux", true), Fedora = new("Fedora", true), Other = new("Other", true), Coreos = new("CoreOS", true), Euleros = new("EulerOS", true);
        }

        [JsonConverter(typeof(SdkEnumConverter<StatusEnum>))]
        public sealed class StatusEnum(string value, bool known = false) : SdkEnum<StatusEnum>(value, known)
        {
            public static readonly StatusEnum Queued = new("queued", true), Saving = new("saving", true), Deleted = new("deleted", true), Killed = new("killed", true), Active = new("active", true);
        }

        [JsonConverter(typeof(SdkEnumConverter<VirtualEnvTypeEnum>))]
        public sealed class VirtualEnvTypeEnum(string value, bool known = false) : SdkEnum<VirtualEnvTypeEnum>(value, known)
        {
            public static readonly VirtualEnvTypeEnum Fusioncompute = new("FusionCompute", true), Ironic = new("Ironic", true), Dataimage = new("DataImage", true), Isoimage = new("IsoImage", true);
        }

        [JsonConverter(typeof(SdkEnumConverter<VisibilityEnum>))]
        public sealed class VisibilityEnum(string value, bool known = false) : SdkEnum<VisibilityEnum>(value, known)
        {
            public static readonly VisibilityEnum Private = new("private", true), Public = new("public", true), Shared = new("shared", true);
        }

        [JsonConverter(typeof(SdkEnumConverter<SupportFcInjectEnum>))]
        public sealed class SupportFcInjectEnum(string value, bool known = false) : SdkEnum<SupportFcInjectEnum>(value, known)
        {
            public static readonly SupportFcInjectEnum True = new("true", true), False = new("false", true);
        }

        [JsonConverter(typeof(SdkEnumConverter<HwFirmwareTypeEnum>))]
        public sealed class HwFirmwareTypeEnum(string value, bool known = false) : SdkEnum<HwFirmwareTypeEnum>(value, known)
        {
            public static readonly HwFirmwareTypeEnum Bios = new("bios", true), Uefi = new("uefi", true);
        }

        [JsonProperty("__backup_id", NullValueHandling = NullValueHandling.Ignore)] public string? BackupId { get; set; }
        [JsonProperty("__data_origin", NullValueHandling = NullValueHandling.Ignore)] public string? DataOrigin { get; set; }
        [JsonProperty("__description", NullValueHandling = NullValueHandling.Ignore)] public string? Description { get; set; }
        [JsonProperty("__image_size", NullValueHandling = NullValueHandling.Ignore)] public string? ImageSize { get; set; }
        [JsonProperty("__image_source_type", NullValueHandling = NullValueHandling.Ignore)] public ImageSourceTypeEnum? ImageSourceType { get; set; }
        [JsonProperty("__imagetype", NullValueHandling = NullValueHandling.Ignore)] public ImagetypeEnum? Imagetype { get; set; }
        [JsonProperty("__isregistered", NullValueHandling = NullValueHandling.Ignore)] public IsregisteredEnum? Isregistered { get; set; }
        [JsonProperty("__originalimagename", NullValueHandling = NullValueHandling.Ignore)] public string? Originalimagename { get; set; }
        [JsonProperty("__os_bit", NullValueHandling = NullValueHandling.Ignore)] public OsBitEnum? OsBit { get; set; }
        [JsonProperty("__os_type", NullValueHandling = NullValueHandling.Ignore)] public OsTypeEnum? OsType { get; set; }
        [JsonProperty("__os_version", NullValueHandling = NullValueHandling.Ignore)] public string? OsVersion { get; set; }
        [JsonProperty("__platform", NullValueHandling = NullValueHandling.Ignore)] public PlatformEnum? Platform { get; set; }
        [JsonProperty("__productcode", NullValueHandling = NullValueHandling.Ignore)] public string? Productcode { get; set; }
        [JsonProperty("__support_diskintensive", NullValueHandling = NullValueHandling.Ignore)] public string? SupportDiskintensive { get; set; }
        [JsonProperty("__support_highperformance", NullValueHandling = NullValueHandling.Ignore)] public string? SupportHighperformance { get; set; }
        [JsonProperty("__support_kvm", NullValueHandling = NullValueHandling.Ignore)] public string? SupportKvm { get; set; }
        [JsonProperty("__support_kvm_gpu_type", NullValueHandling = NullValueHandling.Ignore)] public string? SupportKvmGpuType { get; set; }
        [JsonProperty("__support_kvm_infiniband", NullValueHandling = NullValueHandling.Ignore)] public string? SupportKvmInfiniband { get; set; }
        [JsonProperty("__support_largememory", NullValueHandling = NullValueHandling.Ignore)] public string? SupportLargememory { get; set; }
        [JsonProperty("__support_xen", NullValueHandling = NullValueHandling.Ignore)] public string? SupportXen { get; set; }
        [JsonProperty("__support_xen_gpu_type", NullValueHandling = NullValueHandling.Ignore)] public string? SupportXenGpuType { get; set; }
        [JsonProperty("__support_xen_hana", NullValueHandling = NullValueHandling.Ignore)] public string? SupportXenHana { get; set; }
        [JsonProperty("__system_support_market", NullValueHandling = NullValueHandling.Ignore)] public bool? SystemSupportMarket { get; set; }
        [JsonProperty("checksum", NullValueHandling = NullValueHandling.Ignore)] public string? Checksum { get; set; }
        [JsonProperty("container_format", NullValueHandling = NullValueHandling.Ignore)] public string? ContainerFormat { get; set; }
        [JsonProperty("created_at", NullValueHandling = NullValueHandling.Ignore)] public string? CreatedAt { get; set; }
        [JsonProperty("disk_format", NullValueHandling = NullValueHandling.Ignore)] public string? DiskFormat { get; set; }
        [JsonProperty("enterprise_project_id", NullValueHandling = NullValueHandling.Ignore)] public string? EnterpriseProjectId { get; set; }
        [JsonProperty("file", NullValueHandling = NullValueHandling.Ignore)] public string? File { get; set; }
        [JsonProperty("id", NullValueHandling = NullValueHandling.Ignore)] public string? Id { get; set; }
        [JsonProperty("min_disk", NullValueHandling = NullValueHandling.Ignore)] public int? MinDisk { get; set; }
        [JsonProperty("min_ram", NullValueHandling = NullValueHandling.Ignore)] public int? MinRam { get; set; }
        [JsonProperty("name", NullValueHandling = NullValueHandling.Ignore)] public string? Name { get; set; }
        [JsonProperty("owner", NullValueHandling = NullValueHandling.Ignore)] public string? Owner { get; set; }
        [JsonProperty("protected", NullValueHandling = NullValueHandling.Ignore)] public bool? Protected { get; set; }
        [JsonProperty("schema", NullValueHandling = NullValueHandling.Ignore)] public string? Schema { get; set; }
        [JsonProperty("self", NullValueHandling = NullValueHandling.Ignore)] public string? Self { get; set; }
        // The SDK declares int?, which overflows on any image above 2 GiB; widened so the page can be read at all.
        [JsonProperty("size", NullValueHandling = NullValueHandling.Ignore)] public long? Size { get; set; }
        [JsonProperty("status", NullValueHandling = NullValueHandling.Ignore)] public StatusEnum? Status { get; set; }
        [JsonProperty("tags", NullValueHandling = NullValueHandling.Ignore)] public List<string>? Tags { get; set; }
        [JsonProperty("updated_at", NullValueHandling = NullValueHandling.Ignore)] public string? UpdatedAt { get; set; }
        [JsonProperty("virtual_env_type", NullValueHandling = NullValueHandling.Ignore)] public VirtualEnvTypeEnum? VirtualEnvType { get; set; }
        [JsonProperty("virtual_size", NullValueHandling = NullValueHandling.Ignore)] public int? VirtualSize { get; set; }
        [JsonProperty("visibility", NullValueHandling = NullValueHandling.Ignore)] public VisibilityEnum? Visibility { get; set; }
        [JsonProperty("__support_fc_inject", NullValueHandling = NullValueHandling.Ignore)] public SupportFcInjectEnum? SupportFcInject { get; set; }
        [JsonProperty("hw_firmware_type", NullValueHandling = NullValueHandling.Ignore)] public HwFirmwareTypeEnum? HwFirmwareType { get; set; }
        [JsonProperty("max_ram", NullValueHandling = NullValueHandling.Ignore)] public string? MaxRam { get; set; }
        [JsonProperty("__system__cmkid", NullValueHandling = NullValueHandling.Ignore)] public string? SystemCmkid { get; set; }
        [JsonProperty("__os_feature_list", NullValueHandling = NullValueHandling.Ignore)] public string? OsFeatureList { get; set; }
        [JsonProperty("hw_vif_multiqueue_enabled", NullValueHandling = NullValueHandling.Ignore)] public string? HwVifMultiqueueEnabled { get; set; }
    }
}
