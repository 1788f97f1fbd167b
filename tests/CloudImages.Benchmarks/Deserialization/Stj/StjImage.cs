using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudImages.Benchmarks.Deserialization.Stj
{
    /// <summary>What a careful user writes by hand for System.Text.Json: every documented field, the same types as the
    /// generated <c>Image</c>, the same leniency where a converter gives it (booleans and numbers sent as strings,
    /// JSON inside a string), and unknown fields kept. Enum fields are strings: the spec's enums are open, and
    /// JsonStringEnumConverter fails the whole response on a value it does not know.</summary>
    public class StjImage
    {
        [JsonPropertyName("file")] public string? File { get; set; }
        [JsonPropertyName("owner")] public string? Owner { get; set; }
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("size")] public long? Size { get; set; }
        [JsonPropertyName("self")] public string? Self { get; set; }
        [JsonPropertyName("schema")] public string? Schema { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
        [JsonPropertyName("visibility")] public string? Visibility { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("checksum")] public string? Checksum { get; set; }
        [JsonPropertyName("protected")] public bool? Protected { get; set; }
        [JsonPropertyName("container_format")] public string? ContainerFormat { get; set; }
        [JsonPropertyName("min_ram")] public int? MinRam { get; set; }
        [JsonPropertyName("max_ram")] public string? MaxRam { get; set; }
        [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
        [JsonPropertyName("__os_bit")] public string? OsBit { get; set; }
        [JsonPropertyName("__os_version")] public string? OsVersion { get; set; }
        [JsonPropertyName("__description")] public string? Description { get; set; }
        [JsonPropertyName("disk_format")] public string? DiskFormat { get; set; }
        [JsonPropertyName("__isregistered"), JsonConverter(typeof(LenientBooleanConverter))] public bool? IsRegistered { get; set; }
        [JsonPropertyName("__platform")] public string? Platform { get; set; }
        [JsonPropertyName("__os_type")] public string? OsType { get; set; }
        [JsonPropertyName("min_disk")] public int? MinDisk { get; set; }
        [JsonPropertyName("virtual_env_type")] public string? VirtualEnvType { get; set; }
        [JsonPropertyName("__image_source_type")] public string? ImageSourceType { get; set; }
        [JsonPropertyName("__imagetype")] public string? ImageType { get; set; }
        [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
        [JsonPropertyName("virtual_size")] public long? VirtualSize { get; set; }
        [JsonPropertyName("__originalimagename")] public string? OriginalImageName { get; set; }
        [JsonPropertyName("__backup_id")] public string? BackupId { get; set; }
        [JsonPropertyName("__image_size"), JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] public long? ImageSize { get; set; }
        [JsonPropertyName("__data_origin")] public string? DataOrigin { get; set; }
        [JsonPropertyName("__lazyloading"), JsonConverter(typeof(LenientBooleanConverter))] public bool? LazyLoading { get; set; }
        [JsonPropertyName("active_at")] public DateTimeOffset? ActiveAt { get; set; }
        [JsonPropertyName("__os_feature_list"), JsonConverter(typeof(JsonInStringConverter))] public JsonElement? OsFeatureList { get; set; }
        [JsonPropertyName("__support_kvm"), JsonConverter(typeof(LenientBooleanConverter))] public bool? SupportKvm { get; set; }
        [JsonPropertyName("__support_xen"), JsonConverter(typeof(LenientBooleanConverter))] public bool? SupportXen { get; set; }
        [JsonPropertyName("__support_largememory"), JsonConverter(typeof(LenientBooleanConverter))] public bool? SupportLargeMemory { get; set; }
        [JsonPropertyName("__support_diskintensive"), JsonConverter(typeof(LenientBooleanConverter))] public bool? SupportDiskIntensive { get; set; }
        [JsonPropertyName("__support_highperformance"), JsonConverter(typeof(LenientBooleanConverter))] public bool? SupportHighPerformance { get; set; }
        [JsonPropertyName("__support_xen_gpu_type")] public string? SupportXenGpuType { get; set; }
        [JsonPropertyName("__support_kvm_gpu_type")] public string? SupportKvmGpuType { get; set; }
        [JsonPropertyName("__support_xen_hana"), JsonConverter(typeof(LenientBooleanConverter))] public bool? SupportXenHana { get; set; }
        [JsonPropertyName("__support_kvm_infiniband"), JsonConverter(typeof(LenientBooleanConverter))] public bool? SupportKvmInfiniBand { get; set; }
        [JsonPropertyName("enterprise_project_id")] public string? EnterpriseProjectId { get; set; }
        [JsonPropertyName("__root_origin")] public string? RootOrigin { get; set; }
        [JsonPropertyName("__sequence_num")] public string? SequenceNum { get; set; }
        [JsonPropertyName("__support_fc_inject"), JsonConverter(typeof(LenientBooleanConverter))] public bool? SupportFcInject { get; set; }
        [JsonPropertyName("hw_firmware_type")] public string? HwFirmwareType { get; set; }
        [JsonPropertyName("hw_vif_multiqueue_enabled"), JsonConverter(typeof(LenientBooleanConverter))] public bool? HwVifMultiqueueEnabled { get; set; }
        [JsonPropertyName("__system__cmkid")] public string? SystemCmkId { get; set; }
        [JsonPropertyName("__support_amd"), JsonConverter(typeof(LenientBooleanConverter))] public bool? SupportAmd { get; set; }

        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
