using System.Text.Json;
using System.Text.Json.Serialization;
using CloudImages.Benchmarks.Deserialization.Stj;

namespace CloudImages.Benchmarks.Responses.Stj
{
    /// <summary>An image of the native OpenStack list: every field of an IMS image, with the same leniency, and the
    /// fields only the OpenStack pages document.</summary>
    public sealed class StjOpenStackImage : StjImage
    {
        [JsonPropertyName("__image_location")] public string? ImageLocation { get; set; }
        [JsonPropertyName("__account_code")] public string? AccountCode { get; set; }
        [JsonPropertyName("__support_agent_list")] public string? SupportAgentList { get; set; }
        [JsonPropertyName("_sys_enterprise_project_id")] public string? SysEnterpriseProjectId { get; set; }
        [JsonPropertyName("properties")] public JsonElement? Properties { get; set; }
        [JsonPropertyName("__productcode")] public string? ProductCode { get; set; }

        [JsonPropertyName("__is_config_init"), JsonConverter(typeof(LenientBooleanConverter))]
        public bool? IsConfigInit { get; set; }
    }
}
