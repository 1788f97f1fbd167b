using CloudImages.Benchmarks.Deserialization.SdkStyle;
using Newtonsoft.Json;

namespace CloudImages.Benchmarks.Query
{
    /// <summary>The official SDK's request model for Querying Images: every parameter a property, in the documented
    /// order, marked with <see cref="SdkPropertyAttribute"/>; enums as class enums, times and filters as strings.</summary>
    public sealed class SdkListImagesRequest
    {
        [JsonConverter(typeof(SdkEnumConverter<SortKeyEnum>))]
        public sealed class SortKeyEnum(string value) : SdkEnum<SortKeyEnum>(value)
        {
            public static readonly SortKeyEnum Name = Known(new("name")), CreatedAt = Known(new("created_at")), Size = Known(new("size"));
        }

        [SdkProperty("__isregistered", IsQuery = true)] [JsonProperty("__isregistered")] public bool? IsRegistered { get; set; }
        [SdkProperty("__imagetype", IsQuery = true)] [JsonProperty("__imagetype")] public SdkImageInfo.ImagetypeEnum? ImageType { get; set; }
        [SdkProperty("__whole_image", IsQuery = true)] [JsonProperty("__whole_image")] public bool? WholeImage { get; set; }
        [SdkProperty("__system__cmkid", IsQuery = true)] [JsonProperty("__system__cmkid")] public string? SystemCmkId { get; set; }
        [SdkProperty("protected", IsQuery = true)] [JsonProperty("protected")] public bool? Protected { get; set; }
        [SdkProperty("visibility", IsQuery = true)] [JsonProperty("visibility")] public SdkImageInfo.VisibilityEnum? Visibility { get; set; }
        [SdkProperty("owner", IsQuery = true)] [JsonProperty("owner")] public string? Owner { get; set; }
        [SdkProperty("id", IsQuery = true)] [JsonProperty("id")] public string? Id { get; set; }
        [SdkProperty("status", IsQuery = true)] [JsonProperty("status")] public SdkImageInfo.StatusEnum? Status { get; set; }
        [SdkProperty("name", IsQuery = true)] [JsonProperty("name")] public string? Name { get; set; }
        [SdkProperty("container_format", IsQuery = true)] [JsonProperty("container_format")] public string? ContainerFormat { get; set; }
        [SdkProperty("disk_format", IsQuery = true)] [JsonProperty("disk_format")] public string? DiskFormat { get; set; }
        [SdkProperty("min_ram", IsQuery = true)] [JsonProperty("min_ram")] public int? MinRam { get; set; }
        [SdkProperty("min_disk", IsQuery = true)] [JsonProperty("min_disk")] public int? MinDisk { get; set; }
        [SdkProperty("__os_bit", IsQuery = true)] [JsonProperty("__os_bit")] public string? OsBit { get; set; }
        [SdkProperty("__platform", IsQuery = true)] [JsonProperty("__platform")] public SdkImageInfo.PlatformEnum? Platform { get; set; }
        [SdkProperty("marker", IsQuery = true)] [JsonProperty("marker")] public string? Marker { get; set; }
        [SdkProperty("limit", IsQuery = true)] [JsonProperty("limit")] public int? Limit { get; set; }
        [SdkProperty("sort_key", IsQuery = true)] [JsonProperty("sort_key")] public SortKeyEnum? SortKey { get; set; }
        [SdkProperty("sort_dir", IsQuery = true)] [JsonProperty("sort_dir")] public string? SortDir { get; set; }
        [SdkProperty("__os_type", IsQuery = true)] [JsonProperty("__os_type")] public string? OsType { get; set; }
        [SdkProperty("tag", IsQuery = true)] [JsonProperty("tag")] public string? Tag { get; set; }
        [SdkProperty("member_status", IsQuery = true)] [JsonProperty("member_status")] public string? MemberStatus { get; set; }
        [SdkProperty("__support_kvm", IsQuery = true)] [JsonProperty("__support_kvm")] public bool? SupportKvm { get; set; }
        [SdkProperty("__support_xen", IsQuery = true)] [JsonProperty("__support_xen")] public bool? SupportXen { get; set; }
        [SdkProperty("__support_largememory", IsQuery = true)] [JsonProperty("__support_largememory")] public bool? SupportLargeMemory { get; set; }
        [SdkProperty("__support_diskintensive", IsQuery = true)] [JsonProperty("__support_diskintensive")] public bool? SupportDiskIntensive { get; set; }
        [SdkProperty("__support_highperformance", IsQuery = true)] [JsonProperty("__support_highperformance")] public bool? SupportHighPerformance { get; set; }
        [SdkProperty("__support_xen_gpu_type", IsQuery = true)] [JsonProperty("__support_xen_gpu_type")] public string? SupportXenGpuType { get; set; }
        [SdkProperty("__support_kvm_gpu_type", IsQuery = true)] [JsonProperty("__support_kvm_gpu_type")] public string? SupportKvmGpuType { get; set; }
        [SdkProperty("__support_xen_hana", IsQuery = true)] [JsonProperty("__support_xen_hana")] public bool? SupportXenHana { get; set; }
        [SdkProperty("__support_kvm_infiniband", IsQuery = true)] [JsonProperty("__support_kvm_infiniband")] public bool? SupportKvmInfiniBand { get; set; }
        [SdkProperty("virtual_env_type", IsQuery = true)] [JsonProperty("virtual_env_type")] public string? VirtualEnvType { get; set; }
        [SdkProperty("enterprise_project_id", IsQuery = true)] [JsonProperty("enterprise_project_id")] public string? EnterpriseProjectId { get; set; }
        [SdkProperty("created_at", IsQuery = true)] [JsonProperty("created_at")] public string? CreatedAt { get; set; }
        [SdkProperty("updated_at", IsQuery = true)] [JsonProperty("updated_at")] public string? UpdatedAt { get; set; }
    }
}
