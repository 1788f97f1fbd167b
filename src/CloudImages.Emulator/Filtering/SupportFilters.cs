using System;

namespace CloudImages.Emulator
{
    /// <summary>The <c>__support_*</c> parameters. A flag's documented value is true; false (any case) finds the
    /// images without it. The GPU types take Table 2 and 3 values. As the page says, the GPU types and HANA cannot
    /// be asked for together with <c>__support_xen</c> or <c>__support_kvm</c>, nor InfiniBand with
    /// <c>__support_xen</c>: such a query is a 400.</summary>
    internal static class SupportFilters
    {
        private static readonly string[] XenGpuTypes = { "M60_vGPU" };
        private static readonly string[] KvmGpuTypes = { "M60", "V100_vGPU", "P2V_V100", "P100", "V100" };

        public static void Apply(QueryParameters query, ListRequest request)
        {
            var kvm = Flag(query, request, "__support_kvm", image => image.SupportKvm);
            var xen = Flag(query, request, "__support_xen", image => image.SupportXen);
            Flag(query, request, "__support_largememory", image => image.SupportLargeMemory);
            Flag(query, request, "__support_diskintensive", image => image.SupportDiskIntensive);
            Flag(query, request, "__support_highperformance", image => image.SupportHighPerformance);
            var hana = Flag(query, request, "__support_xen_hana", image => image.SupportXenHana);
            var infiniBand = Flag(query, request, "__support_kvm_infiniband", image => image.SupportKvmInfiniBand);
            var xenGpu = GpuType(query, request, "__support_xen_gpu_type", XenGpuTypes, image => image.SupportXenGpuType);
            var kvmGpu = GpuType(query, request, "__support_kvm_gpu_type", KvmGpuTypes, image => image.SupportKvmGpuType);

            Exclusive("__support_xen_gpu_type", xenGpu, ("__support_xen", xen), ("__support_kvm", kvm));
            Exclusive("__support_kvm_gpu_type", kvmGpu, ("__support_xen", xen), ("__support_kvm", kvm));
            Exclusive("__support_xen_hana", hana, ("__support_xen", xen), ("__support_kvm", kvm));
            Exclusive("__support_kvm_infiniband", infiniBand, ("__support_xen", xen));
        }

        private static bool Flag(QueryParameters query, ListRequest request, string name, Func<CatalogueImage, bool> field)
        {
            if (query.Boolean(name) is not { } wanted)
            {
                return false;
            }

            request.Add(image => field(image) == wanted);
            return true;
        }

        private static bool GpuType(QueryParameters query, ListRequest request, string name, string[] allowed, Func<CatalogueImage, string?> field)
        {
            if (query.OneOf(name, allowed) is not { } type)
            {
                return false;
            }

            request.Add(image => string.Equals(field(image), type, StringComparison.Ordinal));
            return true;
        }

        private static void Exclusive(string name, bool given, params (string Name, bool Given)[] others)
        {
            foreach (var other in others)
            {
                if (given && other.Given)
                {
                    throw new ImsRequestException(ImsErrors.InvalidRequest($"{name} cannot co-exist with {other.Name}."));
                }
            }
        }
    }
}
