using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace CloudImages.Emulator
{
    /// <summary>The value rules of the OpenStack-native image operations: names and descriptions ("Image Attributes"),
    /// tags ("Image Tag Format"), and which attributes are extension attributes.</summary>
    internal static partial class OpenStackImageRules
    {
        /// <summary>The attributes an image answer documents (the OpenStackImage fields of the pages, and the Glance
        /// ones of the image schema): none of them is an extension attribute.</summary>
        public static readonly IReadOnlySet<string> Documented = new HashSet<string>(StringComparer.Ordinal)
        {
            "file", "owner", "id", "size", "self", "schema", "status", "tags", "visibility", "name", "checksum", "protected",
            "container_format", "min_ram", "max_ram", "updated_at", "created_at", "active_at", "min_disk", "disk_format",
            "virtual_size", "virtual_env_type", "enterprise_project_id", "hw_firmware_type", "hw_vif_multiqueue_enabled",
            "properties", "locations", "direct_url", "deleted", "deleted_at", "_sys_enterprise_project_id",
            "__os_bit", "__os_version", "__os_type", "__platform", "__description", "__isregistered", "__imagetype",
            "__system__cmkid", "__image_source_type", "__originalimagename", "__backup_id", "__image_size", "__data_origin",
            "__root_origin", "__lazyloading", "__os_feature_list", "__sequence_num", "__support_kvm", "__support_xen",
            "__support_largememory", "__support_diskintensive", "__support_highperformance", "__support_xen_gpu_type",
            "__support_kvm_gpu_type", "__support_xen_hana", "__support_kvm_infiniband", "__support_fc_inject",
            "__image_location", "__is_config_init", "__support_amd", "__account_code", "__support_agent_list",
            "__productcode", "__whole_image",
        };

        /// <summary>Tags as creating metadata takes them: <c>key=value</c> or a key alone, 1 to 255 characters, key and
        /// value of letters, digits, '_' and '-'; at most <see cref="ImageTags.MaxPerImage"/>. A key given twice keeps its last value.</summary>
        public static IReadOnlyList<ImageTag> ParseTags(IReadOnlyList<string> texts)
        {
            var tags = new List<ImageTag>();
            foreach (var text in texts)
            {
                var equals = text.IndexOf('=', StringComparison.Ordinal);
                var key = equals < 0 ? text : text[..equals];
                var value = equals < 0 ? string.Empty : text[(equals + 1)..];
                if (text.Length > 255 || !TagPart().IsMatch(key) || (value.Length > 0 && !TagPart().IsMatch(value)))
                {
                    var detail = $"'{text}' is not key=value of letters, digits, '_' and '-', 1 to 255 characters.";
                    throw new ImsRequestException(ImsErrors.InvalidTag(detail));
                }

                tags.Add(new ImageTag(key, value));
            }

            return ImageTags.With(Array.Empty<ImageTag>(), tags);
        }

        /// <summary>An extension attribute's name: not a documented attribute, and "Extension attribute names cannot
        /// contain uppercase letters".</summary>
        public static void CheckExtensionName(string name)
        {
            if (name.Any(char.IsUpper))
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest($"the extension attribute name '{name}' holds an uppercase letter."));
            }
        }

        [GeneratedRegex(@"\A[A-Za-z0-9_-]+\z")]
        private static partial Regex TagPart();
    }
}
