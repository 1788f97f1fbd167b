using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CloudImages.Benchmarks.Inputs
{
    /// <summary>Builds realistic "Querying Images" pages, deterministically, in the shape of the shared fixtures:
    /// varied names, ids, platforms and OS versions, image sizes of 4-64 GiB, tags, booleans sent as strings in any
    /// case, JSON inside a string, and fields the page does not document.</summary>
    public static class ImagePage
    {
        public const int Seed = 20180906;

        private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private static readonly (string Platform, string OsType, string[] Versions)[] Systems =
        {
            ("Ubuntu", "Linux", new[] { "Ubuntu 20.04 server 64bit", "Ubuntu 22.04 server 64bit", "Ubuntu 24.04 server 64bit" }),
            ("CentOS", "Linux", new[] { "CentOS 7.3 64bit", "CentOS 7.9 64bit", "CentOS Stream 9 64bit" }),
            ("Debian", "Linux", new[] { "Debian GNU/Linux 11.0.0 64bit", "Debian GNU/Linux 12.0.0 64bit" }),
            ("SUSE", "Linux", new[] { "SUSE Linux Enterprise Server 15 SP5 64bit" }),
            ("OpenSUSE", "Linux", new[] { "OpenSUSE 15.5 64bit" }),
            ("Oracle Linux", "Linux", new[] { "Oracle Linux Server release 8.8 64bit" }),
            ("Red Hat", "Linux", new[] { "Redhat Linux Enterprise 8.8 64bit", "Redhat Linux Enterprise 9.2 64bit" }),
            ("Fedora", "Linux", new[] { "Fedora 39 64bit" }),
            ("EulerOS", "Linux", new[] { "EulerOS 2.5 64bit", "EulerOS 2.9 64bit" }),
            ("Windows", "Windows", new[] { "Windows Server 2019 Datacenter 64bit English", "Windows Server 2022 Standard 64bit English" }),
            ("Other", "Other", new[] { "Other Linux(64 bit)" }),
        };

        private static readonly string[] NameSuffixes = { "", " latest", " with sdx", " für Tests", " GPU", " (hardened)", "_encrypted" };
        private static readonly string[] TagPool = { "env=prod", "env=test", "team.images", "cost-center=4711", "owner=ops", "backup" };
        private static readonly string[] Statuses = { "active", "active", "active", "active", "queued", "saving" };
        private static readonly string[] BooleanTexts = { "true", "True", "false", "False" };

        // Owners are projects: the platform's for public images, and a few tenants' for private and shared ones.
        private static readonly string[] Owners = { "1bed856811654c1cb661a6ca845ebc77", "0b6c5e7e1e8a4d2b9f3c7a1d2e4f6a8b", "c3d4e5f6a7b8493a8b7c6d5e4f3a2b1c" };
        private static readonly string[] EnterpriseProjects = { "0", "0", "0", "9a1f4c2e-5b7d-4e8a-9c3b-2d6f8e1a7b40" };

        /// <summary>The UUID of image <paramref name="index"/>: its last 12 hex digits are the index.</summary>
        public static string IdOf(Random random, int index) =>
            string.Create(CultureInfo.InvariantCulture, $"{random.Next():x8}-{random.Next(0x10000):x4}-4{random.Next(0x1000):x3}-{8 + random.Next(4):x1}{random.Next(0x1000):x3}-{index:x12}");

        /// <summary>Image objects as UTF-8 JSON, one array per image.</summary>
        public static IReadOnlyList<byte[]> Images(int count, int seed)
        {
            var random = new Random(seed);
            var images = new List<byte[]>(count);
            for (var i = 0; i < count; i++)
            {
                images.Add(Image(random, i));
            }

            return images;
        }

        /// <summary>A whole response body: <c>{"images":[...]}</c>.</summary>
        public static byte[] Write(IReadOnlyList<byte[]> images)
        {
            using var buffer = new MemoryStream();
            Write(buffer, images, 0, images.Count);
            return buffer.ToArray();
        }

        public static void Write(Stream output, IReadOnlyList<byte[]> images, int start, int count)
        {
            output.Write("{\"images\":["u8);
            for (var i = start; i < start + count; i++)
            {
                if (i > start)
                {
                    output.WriteByte((byte)',');
                }

                output.Write(images[i]);
            }

            output.Write("]}"u8);
        }

        private static byte[] Image(Random random, int index)
        {
            var id = IdOf(random, index);
            var (platform, osType, versions) = Systems[random.Next(Systems.Length)];
            var version = versions[random.Next(versions.Length)];
            var kind = random.Next(10); // 0-5 public, 6-8 private, 9 shared
            var (imageType, visibility) = kind < 6 ? ("gold", "public") : kind < 9 ? ("private", "private") : ("shared", "shared");
            var created = new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(random.Next(200_000_000));
            var sizeBytes = (4L << 30) + (random.NextInt64(60L << 30) & ~0xFFFL); // 4 GiB .. 64 GiB
            var minDisk = 40 + (random.Next(25) * 40);

            using var buffer = new MemoryStream(2048);
            using (var w = new Utf8JsonWriter(buffer, WriterOptions))
            {
                w.WriteStartObject();
                w.WriteString("schema", "/v2/schemas/image");
                w.WriteNumber("min_disk", minDisk);
                w.WriteString("created_at", Time(created));
                w.WriteString("__image_source_type", "uds");
                w.WriteString("container_format", "bare");
                w.WriteString("file", $"/v2/images/{id}/file");
                w.WriteString("updated_at", Time(created.AddSeconds(random.Next(30_000_000))));
                w.WriteBoolean("protected", imageType == "gold");
                w.WriteString("checksum", Hex(random, 32));
                w.WriteString("id", id);
                w.WriteString("__isregistered", "true");
                w.WriteNumber("min_ram", random.Next(5) * 1024);
                w.WriteString("__lazyloading", BooleanTexts[random.Next(BooleanTexts.Length)]);
                w.WriteString("owner", Owners[kind < 6 ? 0 : 1 + random.Next(2)]);
                w.WriteString("__os_type", osType);
                w.WriteString("__imagetype", imageType);
                w.WriteString("visibility", visibility);
                w.WriteString("virtual_env_type", random.Next(20) == 0 ? "Ironic" : "FusionCompute");
                w.WriteStartArray("tags");
                for (var t = random.Next(4); t > 0; t--)
                {
                    w.WriteStringValue(TagPool[random.Next(TagPool.Length)]);
                }

                w.WriteEndArray();
                w.WriteString("__platform", platform);
                // As IMS sends it: the page documents size as "unavailable currently" (its example has 0); the
                // image's real size travels in __image_size. See SdkReadability for pages with a larger size.
                w.WriteNumber("size", 0);
                w.WriteString("__os_bit", random.Next(10) == 0 ? "32" : "64");
                w.WriteString("__os_version", version);
                w.WriteString("name", version + NameSuffixes[random.Next(NameSuffixes.Length)] + (kind < 6 ? "" : $" {index}"));
                w.WriteString("self", $"/v2/images/{id}");
                w.WriteString("disk_format", random.Next(8) == 0 ? "qcow2" : "zvhd2");
                w.WriteNull("virtual_size");
                w.WriteString("hw_firmware_type", random.Next(4) == 0 ? "uefi" : "bios");
                w.WriteString("status", Statuses[random.Next(Statuses.Length)]);
                w.WriteString("__support_fc_inject", "true");
                w.WriteString("__image_size", sizeBytes.ToString(CultureInfo.InvariantCulture));
                w.WriteString("__support_kvm", "true");
                w.WriteString("__description", random.Next(3) == 0 ? "" : $"Image {index} for \"{platform}\" workloads");
                w.WriteString("enterprise_project_id", kind < 6 ? "0" : EnterpriseProjects[random.Next(EnterpriseProjects.Length)]);
                w.WriteString("__root_origin", "file");
                if (random.Next(3) == 0)
                {
                    w.WriteString("__support_largememory", "true");
                    w.WriteString("__support_diskintensive", "true");
                    w.WriteString("__support_highperformance", "true");
                }

                if (random.Next(10) == 0)
                {
                    w.WriteString("__support_kvm_gpu_type", random.Next(2) == 0 ? "V100_vGPU" : "P2V_V100");
                }

                if (random.Next(4) == 0)
                {
                    w.WriteString("__os_feature_list", "{\"onekey_resetpasswd\": \"true\", \"support_kvm_vf\": \"true\"}");
                }

                if (kind >= 6)
                {
                    w.WriteString("__originalimagename", Uuid(random));
                    w.WriteString("__data_origin", "instance," + Uuid(random));
                    w.WriteString("active_at", Time(created.AddSeconds(600)));
                    w.WriteString("max_ram", "0");
                }

                // Fields the page does not document, as real servers send them.
                w.WriteString("__productcode", random.Next(5) == 0 ? Hex(random, 16) : "");
                w.WriteBoolean("__system_support_market", random.Next(2) == 0);
                if (random.Next(5) == 0)
                {
                    w.WriteString("__support_kvm_fpga_type", "VU9P");
                }

                w.WriteEndObject();
            }

            return buffer.ToArray();
        }

        private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        private static string Uuid(Random random) => IdOf(random, random.Next());

        private static string Hex(Random random, int digits) =>
            string.Create(digits, random, static (span, r) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = "0123456789abcdef"[r.Next(16)];
                }
            });
    }
}
