using System.Globalization;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;
using static CloudImages.EndToEnd.Tests.Expected;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>Every filtering parameter of the page, each with the images it must return, computed from the
    /// catalogue with plain LINQ. Values are taken from the catalogue so each case finds something.</summary>
    internal static class FilterCases
    {
        // Declared before All, which reads it while initialising.
        private static readonly (string Op, Func<int, bool> Compare)[] Operators =
        {
            ("gt", c => c > 0), ("gte", c => c >= 0), ("lt", c => c < 0), ("lte", c => c <= 0), ("eq", c => c == 0), ("neq", c => c != 0),
        };

        public static readonly IReadOnlyList<FilterCase> All = Build().ToList();

        public static FilterCase Find(string name) => All.Single(c => c.ToString() == name);

        private static IEnumerable<FilterCase> Build()
        {
            // Identity.
            yield return Case("id", "one image", c =>
            {
                var id = Listed(c).First(i => i.Visibility == "private").Id;
                return new(new() { Id = id }, i => ListedByDefault(i) && i.Id == id);
            });
            yield return Case("name", "a name several images share", c =>
            {
                var name = Listed(c).GroupBy(i => i.Name).First(g => g.Count() > 1).Key;
                return new(new() { Name = name }, i => ListedByDefault(i) && i.Name == name);
            });
            yield return Case("name", "exact, not a prefix", c =>
            {
                var name = Listed(c).First(i => i.Platform == "CentOS" && i.Visibility == "public").OsVersion!;
                return new(new() { Name = name }, i => ListedByDefault(i) && i.Name == name);
            });
            yield return Case("owner", "the caller's project", c => new(new() { Owner = c.ProjectId }, i => ListedByDefault(i) && i.Owner == c.ProjectId));
            yield return Case("owner", "another project", c =>
            {
                var owner = Listed(c).First(i => i.MemberStatus == "accepted").Owner!;
                return new(new() { Owner = owner }, i => ListedByDefault(i) && i.Owner == owner);
            });
            yield return Case("__system__cmkid", "one KMS key", c =>
            {
                var key = Listed(c).First(i => i.SystemCmkId is not null).SystemCmkId!;
                return new(new() { SystemCmkId = key }, i => ListedByDefault(i) && i.SystemCmkId == key);
            });
            yield return Case("enterprise_project_id", "0, the default project", _ => new(new() { EnterpriseProjectId = "0" }, i => ListedByDefault(i) && i.EnterpriseProjectId is "0" or ""));
            yield return Case("enterprise_project_id", "a UUID", c =>
            {
                var project = Listed(c).First(i => i.EnterpriseProjectId != "0").EnterpriseProjectId;
                return new(new() { EnterpriseProjectId = project }, i => ListedByDefault(i) && i.EnterpriseProjectId == project);
            });
            yield return Case("enterprise_project_id", "all_granted_eps", _ => new(new() { EnterpriseProjectId = "all_granted_eps" }, ListedByDefault, Narrows: false));

            // Visibility and sharing.
            foreach (var type in ImageType.KnownValues)
            {
                yield return Case("__imagetype", type.Value, _ => new(new() { ImageType = type }, i => ListedByDefault(i) && i.ImageType == type.Value));
            }

            foreach (var visibility in Visibility.KnownValues)
            {
                yield return Case("visibility", visibility.Value, _ => new(new() { Visibility = visibility }, i => ListedByDefault(i) && i.Visibility == visibility.Value));
            }

            foreach (var state in MemberStatus.KnownValues)
            {
                yield return Case("member_status", state.Value + " (with visibility=shared)", _ => new(
                    new() { MemberStatus = state, Visibility = Visibility.Shared },
                    i => i.Visibility == "shared" && i.MemberStatus == state.Value));
            }

            // State.
            foreach (var status in new[] { ImageStatus.Active, ImageStatus.Killed, ImageStatus.Deleted, ImageStatus.Queued, ImageStatus.Saving })
            {
                yield return Case("status", status.Value, _ => new(new() { Status = status }, i => ListedByDefault(i) && i.Status == status.Value));
            }

            yield return Case("protected", "true", _ => new(new() { Protected = true }, i => ListedByDefault(i) && i.Protected));
            yield return Case("protected", "false", _ => new(new() { Protected = false }, i => ListedByDefault(i) && !i.Protected));
            yield return Case("__isregistered", "true", _ => new(new() { IsRegistered = true }, i => ListedByDefault(i) && i.IsRegistered));
            yield return Case("__whole_image", "true", _ => new(new() { WholeImage = true }, i => ListedByDefault(i) && i.WholeImage));
            yield return Case("__whole_image", "false", _ => new(new() { WholeImage = false }, i => ListedByDefault(i) && !i.WholeImage));

            // Formats and sizes.
            yield return Case("container_format", "bare, the only documented value", _ => new(new() { ContainerFormat = ContainerFormat.Bare }, i => ListedByDefault(i) && i.ContainerFormat == "bare", Narrows: false));
            foreach (var format in DiskFormat.KnownValues)
            {
                yield return Case("disk_format", format.Value, _ => new(new() { DiskFormat = format }, i => ListedByDefault(i) && i.DiskFormat == format.Value));
            }

            foreach (var environment in VirtualEnvType.KnownValues)
            {
                yield return Case("virtual_env_type", environment.Value, _ => new(new() { VirtualEnvType = environment }, i => ListedByDefault(i) && i.VirtualEnvType == environment.Value));
            }

            yield return Case("min_ram", "2048", _ => new(new() { MinRam = 2048 }, i => ListedByDefault(i) && i.MinRam == 2048));
            yield return Case("min_disk", "100", _ => new(new() { MinDisk = 100 }, i => ListedByDefault(i) && i.MinDisk == 100));

            // Operating system.
            foreach (var bits in OsBit.KnownValues)
            {
                yield return Case("__os_bit", bits.Value, _ => new(new() { OsBit = bits }, i => ListedByDefault(i) && i.OsBit == bits.Value));
            }

            foreach (var platform in Platform.KnownValues)
            {
                yield return Case("__platform", platform.Value, _ => new(new() { Platform = platform }, i => ListedByDefault(i) && i.Platform == platform.Value));
            }

            foreach (var osType in new[] { OsType.Linux, OsType.Windows })
            {
                yield return Case("__os_type", osType.Value, _ => new(new() { OsType = osType }, i => ListedByDefault(i) && i.OsType == osType.Value));
            }

            // Tags.
            yield return Case("tag", "env=prod", _ => new(new() { Tag = new KeyValueFilter("env", "prod") }, i => ListedByDefault(i) && i.Tags.Any(t => t.Key == "env" && t.Value == "prod")));
            yield return Case("tag", "cost-center=4711", _ => new(new() { Tag = "cost-center=4711" }, i => ListedByDefault(i) && i.Tags.Any(t => t.Key == "cost-center" && t.Value == "4711")));

            // Special support.
            yield return Case("__support_kvm", "true", _ => new(new() { SupportKvm = true }, i => ListedByDefault(i) && i.SupportKvm));
            yield return Case("__support_xen", "true", _ => new(new() { SupportXen = true }, i => ListedByDefault(i) && i.SupportXen));
            yield return Case("__support_largememory", "true", _ => new(new() { SupportLargeMemory = true }, i => ListedByDefault(i) && i.SupportLargeMemory));
            yield return Case("__support_diskintensive", "true", _ => new(new() { SupportDiskIntensive = true }, i => ListedByDefault(i) && i.SupportDiskIntensive));
            yield return Case("__support_highperformance", "true", _ => new(new() { SupportHighPerformance = true }, i => ListedByDefault(i) && i.SupportHighPerformance));
            yield return Case("__support_xen_gpu_type", "M60_vGPU", _ => new(new() { SupportXenGpuType = XenGpuType.M60VGpu }, i => ListedByDefault(i) && i.SupportXenGpuType == "M60_vGPU"));
            foreach (var gpu in KvmGpuType.KnownValues)
            {
                yield return Case("__support_kvm_gpu_type", gpu.Value, _ => new(new() { SupportKvmGpuType = gpu }, i => ListedByDefault(i) && i.SupportKvmGpuType == gpu.Value));
            }

            yield return Case("__support_xen_hana", "true", _ => new(new() { SupportXenHana = true }, i => ListedByDefault(i) && i.SupportXenHana));
            yield return Case("__support_kvm_infiniband", "true", _ => new(new() { SupportKvmInfiniBand = true }, i => ListedByDefault(i) && i.SupportKvmInfiniBand));

            // Times: every operator, in both documented layouts, around a time several images share.
            foreach (var (op, compare) in Operators)
            {
                foreach (var layout in new[] { "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd HH:mm:ss" })
                {
                    yield return Case("created_at", $"{op}, {layout}", c =>
                    {
                        var pivot = Listed(c).GroupBy(i => i.CreatedAt).First(g => g.Count() > 1).Key;
                        TimeFilter filter = op + ":" + pivot.UtcDateTime.ToString(layout, CultureInfo.InvariantCulture);
                        return new(new() { CreatedAt = filter }, i => ListedByDefault(i) && compare(i.CreatedAt.CompareTo(pivot)));
                    });
                }

                yield return Case("updated_at", op, c =>
                {
                    var pivot = Listed(c).OrderBy(i => i.UpdatedAt).ElementAt(c.Count / 3).UpdatedAt;
                    return new(new() { UpdatedAt = op + ":" + pivot.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) }, i => ListedByDefault(i) && compare(i.UpdatedAt.CompareTo(pivot)));
                });
            }
        }

        private static IEnumerable<CatalogueImage> Listed(ImageCatalogue catalogue) => catalogue.Images.Where(ListedByDefault);

        private static FilterCase Case(string parameter, string label, Func<ImageCatalogue, FilterSetup> build) => new(parameter, label, build);
    }
}
