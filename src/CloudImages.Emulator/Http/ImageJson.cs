using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>Writes response bodies as the service does: wire names, <c>"virtual_size": null</c>, booleans as
    /// the strings "true"/"false" where the page types them String, and the <c>__support_*</c> flags only when true
    /// ("Otherwise, this parameter is not required").</summary>
    internal static class ImageJson
    {
        internal static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static byte[] WriteList(IEnumerable<CatalogueImage> images)
        {
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                writer.WriteStartObject();
                writer.WriteStartArray("images");
                foreach (var image in images)
                {
                    Write(writer, image);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }

        public static byte[] WriteError(ImsError error)
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                writer.WriteStartObject();
                writer.WriteStartObject("error");
                writer.WriteString("message", error.Message);
                writer.WriteString("code", error.Code);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }

        /// <summary>Writes one image, as an item of the list or the answer of an update.</summary>
        public static void Write(Utf8JsonWriter w, CatalogueImage image) => Write(w, image, static tag => tag.ToString());

        /// <summary>Writes one image, its extension attributes last; <paramref name="tagText"/> gives a tag's text
        /// (this API writes <c>key.value</c>, the OpenStack-native one <c>key=value</c>).</summary>
        internal static void Write(Utf8JsonWriter w, CatalogueImage image, Func<ImageTag, string> tagText)
        {
            w.WriteStartObject();
            w.WriteString("schema", "/v2/schemas/image");
            w.WriteNumber("min_disk", image.MinDisk);
            w.WriteString("created_at", Time(image.CreatedAt.UtcDateTime));
            Optional(w, "__image_source_type", image.ImageSourceType);
            w.WriteString("container_format", image.ContainerFormat);
            w.WriteString("file", $"/v2/images/{image.Id}/file");
            w.WriteString("updated_at", Time(image.UpdatedAt.UtcDateTime));
            w.WriteBoolean("protected", image.Protected);
            Optional(w, "checksum", image.Checksum);
            w.WriteString("id", image.Id);
            w.WriteString("__isregistered", Text(image.IsRegistered));
            w.WriteNumber("min_ram", image.MinRam);
            Optional(w, "max_ram", image.MaxRam);
            Optional(w, "__lazyloading", image.LazyLoading);
            Optional(w, "owner", image.Owner);
            w.WriteString("__os_type", image.OsType);
            w.WriteString("__imagetype", image.ImageType);
            w.WriteString("visibility", image.Visibility);
            w.WriteString("virtual_env_type", image.VirtualEnvType);
            w.WriteStartArray("tags");
            foreach (var tag in image.Tags)
            {
                w.WriteStringValue(tagText(tag));
            }

            w.WriteEndArray();
            Optional(w, "__platform", image.Platform);
            w.WriteNumber("size", image.Size);
            w.WriteString("__os_bit", image.OsBit);
            Optional(w, "__os_version", image.OsVersion);
            w.WriteString("name", image.Name);
            w.WriteString("self", $"/v2/images/{image.Id}");
            w.WriteString("disk_format", image.DiskFormat);
            if (image.VirtualSize is { } virtualSize)
            {
                w.WriteNumber("virtual_size", virtualSize);
            }
            else
            {
                w.WriteNull("virtual_size");
            }

            Optional(w, "hw_firmware_type", image.HwFirmwareType);
            w.WriteString("status", image.Status);
            Optional(w, "__support_fc_inject", image.SupportFcInject);
            Optional(w, "__description", image.Description);
            Optional(w, "__originalimagename", image.OriginalImageName);
            Optional(w, "__backup_id", image.BackupId);
            Optional(w, "__image_size", image.ImageSize?.ToString(CultureInfo.InvariantCulture));
            Optional(w, "__data_origin", image.DataOrigin);
            if (image.ActiveAt is { } activeAt)
            {
                w.WriteString("active_at", Time(activeAt.UtcDateTime));
            }

            Optional(w, "__os_feature_list", image.OsFeatureList);
            Flag(w, "__support_kvm", image.SupportKvm);
            Flag(w, "__support_xen", image.SupportXen);
            Flag(w, "__support_largememory", image.SupportLargeMemory);
            Flag(w, "__support_diskintensive", image.SupportDiskIntensive);
            Flag(w, "__support_highperformance", image.SupportHighPerformance);
            Optional(w, "__support_xen_gpu_type", image.SupportXenGpuType);
            Optional(w, "__support_kvm_gpu_type", image.SupportKvmGpuType);
            Flag(w, "__support_xen_hana", image.SupportXenHana);
            Flag(w, "__support_kvm_infiniband", image.SupportKvmInfiniBand);
            w.WriteString("enterprise_project_id", image.EnterpriseProjectId);
            Optional(w, "__root_origin", image.RootOrigin);
            Optional(w, "__sequence_num", image.SequenceNum);
            Optional(w, "hw_vif_multiqueue_enabled", image.HwVifMultiqueueEnabled);
            Optional(w, "__system__cmkid", image.SystemCmkId);
            Optional(w, "__support_amd", image.SupportAmd);
            Flag(w, "__whole_image", image.WholeImage);
            foreach (var (name, value) in image.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.WriteString(name, value);
            }

            w.WriteEndObject();
        }

        private static string Time(System.DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        private static string Text(bool value) => value ? "true" : "false";

        private static void Optional(Utf8JsonWriter w, string name, string? value)
        {
            if (value is not null)
            {
                w.WriteString(name, value);
            }
        }

        private static void Optional(Utf8JsonWriter w, string name, bool? value)
        {
            if (value is { } flag)
            {
                w.WriteString(name, Text(flag));
            }
        }

        private static void Flag(Utf8JsonWriter w, string name, bool value)
        {
            if (value)
            {
                w.WriteString(name, "true");
            }
        }
    }
}
