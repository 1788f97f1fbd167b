using Newtonsoft.Json;

namespace CloudImages.Benchmarks.Deserialization.SdkStyle
{
    /// <summary>The official .NET SDK's IMS <c>ImageInfo</c> as it stands (huaweicloud/huaweicloud-sdk-net-v3,
    /// Services/Ims/V2/Model/ImageInfo.cs): its 59 properties with their wire names and types, in its order, its 12
    /// class enums with their documented values only (visibility has no "shared"), booleans, times and numbers kept
    /// as the SDK types them, and no extension data (undocumented fields are skipped). <c>size</c> is <c>int?</c> as
    /// there, so a size above 2 GiB fails the whole response; the SDK's ToString, Equals and GetHashCode are not copied,
    /// since deserialization never calls them.</summary>
    public sealed class SdkImageInfo
    {
        [JsonConverter(typeof(SdkEnumConverter<ImageSourceTypeEnum>))]
        public sealed class ImageSourceTypeEnum(string value) : SdkEnum<ImageSourceTypeEnum>(value)
        {
            public static readonly ImageSourceTypeEnum Uds = Known(new("uds")), Swift = Known(new("swift"));
        }

        [JsonConverter(typeof(SdkEnumConverter<ImagetypeEnum>))]
        public sealed class ImagetypeEnum(string value) : SdkEnum<ImagetypeEnum>(value)
        {
            public static readonly ImagetypeEnum Gold = Known(new("gold")), Private = Known(new("private")), Shared = Known(new("shared"));
        }

        [JsonConverter(typeof(SdkEnumConverter<IsregisteredEnum>))]
        public sealed class IsregisteredEnum(string value) : SdkEnum<IsregisteredEnum>(value)
        {
            public static readonly IsregisteredEnum True = Known(new("true")), False = Known(new("false"));
        }

        [JsonConverter(typeof(SdkEnumConverter<OsBitEnum>))]
        public sealed class OsBitEnum(string value) : SdkEnum<OsBitEnum>(value)
        {
            public static readonly OsBitEnum _32 = Known(new("32")), _64 = Known(new("64"));
        }

        [JsonConverter(typeof(SdkEnumConverter<OsTypeEnum>))]
        public sealed class OsTypeEnum(string value) : SdkEnum<OsTypeEnum>(value)
        {
            public static readonly OsTypeEnum Linux = Known(new("Linux")), Windows = Known(new("Windows")), Other = Known(new("Other"));
        }

        [JsonConverter(typeof(SdkEnumConverter<PlatformEnum>))]
        public sealed class PlatformEnum(string value) : SdkEnum<PlatformEnum>(value)
        {
            public static readonly PlatformEnum Windows = Known(new("Windows")), Ubuntu = Known(new("Ubuntu")), Redhat = Known(new("RedHat")), Suse = Known(new("SUSE")), Centos = Known(new("CentOS")), Debian = Known(new("Debian")), Opensuse = Known(new("OpenSUSE")), OracleLinux = Known(new("Oracle Linux")), Fedora = Known(new("Fedora")), Other = Known(new("Other")), Coreos = Known(new("CoreOS")), Euleros = Known(new("EulerOS"));
        }

        [JsonConverter(typeof(SdkEnumConverter<StatusEnum>))]
        public sealed class StatusEnum(string value) : SdkEnum<StatusEnum>(value)
        {
            public static readonly StatusEnum Queued = Known(new("queued")), Saving = Known(new("saving")), Deleted = Known(new("deleted")), Killed = Known(new("killed")), Active = Known(new("active"));
        }

        [JsonConverter(typeof(SdkEnumConverter<VirtualEnvTypeEnum>))]
        public sealed class VirtualEnvTypeEnum(string value) : SdkEnum<VirtualEnvTypeEnum>(value)
        {
            public static readonly VirtualEnvTypeEnum Fusioncompute = Known(new("FusionCompute")), Ironic = Known(new("Ironic")), Dataimage = Known(new("DataImage"));
        }

        [JsonConverter(typeof(SdkEnumConverter<VisibilityEnum>))]
        public sealed class VisibilityEnum(string value) : SdkEnum<VisibilityEnum>(value)
        {
            public static readonly VisibilityEnum Private = Known(new("private")), Public = Known(new("public"));
        }

        [JsonConverter(typeof(SdkEnumConverter<SupportFcInjectEnum>))]
        public sealed class SupportFcInjectEnum(string value) : SdkEnum<SupportFcInjectEnum>(value)
        {
            public static readonly SupportFcInjectEnum True = Known(new("true")), False = Known(new("false"));
        }

        [JsonConverter(typeof(SdkEnumConverter<HwFirmwareTypeEnum>))]
        public sealed class HwFirmwareTypeEnum(string value) : SdkEnum<HwFirmwareTypeEnum>(value)
        {
            public static readonly HwFirmwareTypeEnum Bios = Known(new("bios")), Uefi = Known(new("uefi"));
        }

        [JsonConverter(typeof(SdkEnumConverter<SupportArmEnum>))]
        public sealed class SupportArmEnum(string value) : SdkEnum<SupportArmEnum>(value)
        {
            public static readonly SupportArmEnum True = Known(new("true")), False = Known(new("false"));
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
        [JsonProperty("size", NullValueHandling = NullValueHandling.Ignore)] public int? Size { get; set; }
        [JsonProperty("status", NullValueHandling = NullValueHandling.Ignore)] public StatusEnum? Status { get; set; }
        [JsonProperty("tags", NullValueHandling = NullValueHandling.Ignore)] public List<string>? Tags { get; set; }
        [JsonProperty("updated_at", NullValueHandling = NullValueHandling.Ignore)] public string? UpdatedAt { get; set; }
        [JsonProperty("virtual_env_type", NullValueHandling = NullValueHandling.Ignore)] public VirtualEnvTypeEnum? VirtualEnvType { get; set; }
        [JsonProperty("virtual_size", NullValueHandling = NullValueHandling.Ignore)] public int? VirtualSize { get; set; }
        [JsonProperty("visibility", NullValueHandling = NullValueHandling.Ignore)] public VisibilityEnum? Visibility { get; set; }
        [JsonProperty("__support_fc_inject", NullValueHandling = NullValueHandling.Ignore)] public SupportFcInjectEnum? SupportFcInject { get; set; }
        [JsonProperty("hw_firmware_type", NullValueHandling = NullValueHandling.Ignore)] public HwFirmwareTypeEnum? HwFirmwareType { get; set; }
        [JsonProperty("__support_arm", NullValueHandling = NullValueHandling.Ignore)] public SupportArmEnum? SupportArm { get; set; }
        [JsonProperty("max_ram", NullValueHandling = NullValueHandling.Ignore)] public string? MaxRam { get; set; }
        [JsonProperty("__system__cmkid", NullValueHandling = NullValueHandling.Ignore)] public string? SystemCmkid { get; set; }
        [JsonProperty("__os_feature_list", NullValueHandling = NullValueHandling.Ignore)] public string? OsFeatureList { get; set; }
        [JsonProperty("__account_code", NullValueHandling = NullValueHandling.Ignore)] public string? AccountCode { get; set; }
        [JsonProperty("hw_vif_multiqueue_enabled", NullValueHandling = NullValueHandling.Ignore)] public string? HwVifMultiqueueEnabled { get; set; }
        [JsonProperty("__is_offshelved", NullValueHandling = NullValueHandling.Ignore)] public string? IsOffshelved { get; set; }
        [JsonProperty("__lazyloading", NullValueHandling = NullValueHandling.Ignore)] public string? Lazyloading { get; set; }
        [JsonProperty("__root_origin", NullValueHandling = NullValueHandling.Ignore)] public string? RootOrigin { get; set; }
        [JsonProperty("__sequence_num", NullValueHandling = NullValueHandling.Ignore)] public string? SequenceNum { get; set; }
        [JsonProperty("active_at", NullValueHandling = NullValueHandling.Ignore)] public string? ActiveAt { get; set; }
        [JsonProperty("__support_agent_list", NullValueHandling = NullValueHandling.Ignore)] public string? SupportAgentList { get; set; }
        [JsonProperty("__support_amd", NullValueHandling = NullValueHandling.Ignore)] public string? SupportAmd { get; set; }
    }
}
