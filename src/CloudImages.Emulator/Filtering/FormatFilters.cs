using System;

namespace CloudImages.Emulator
{
    /// <summary><c>container_format</c>, <c>disk_format</c>, <c>virtual_env_type</c>, <c>min_ram</c> and
    /// <c>min_disk</c>. The sizes match the image's value exactly; min_disk is documented as 1 to 1024 GB.</summary>
    internal static class FormatFilters
    {
        private static readonly string[] ContainerFormats = { "bare" };
        private static readonly string[] DiskFormats = { "zvhd2", "vhd", "zvhd", "raw", "qcow2" };
        private static readonly string[] Environments = { "FusionCompute", "Ironic", "DataImage", "IsoImage" };

        public static void Apply(QueryParameters query, ListRequest request)
        {
            if (query.OneOf("container_format", ContainerFormats, ImsErrors.InvalidFormat) is { } container)
            {
                request.Add(image => string.Equals(image.ContainerFormat, container, StringComparison.Ordinal));
            }

            if (query.OneOf("disk_format", DiskFormats, ImsErrors.InvalidFormat) is { } disk)
            {
                request.Add(image => string.Equals(image.DiskFormat, disk, StringComparison.Ordinal));
            }

            if (query.OneOf("virtual_env_type", Environments) is { } environment)
            {
                request.Add(image => string.Equals(image.VirtualEnvType, environment, StringComparison.Ordinal));
            }

            if (query.Integer("min_ram", 0, int.MaxValue, ImsErrors.InvalidSize) is { } minRam)
            {
                request.Add(image => image.MinRam == minRam);
            }

            if (query.Integer("min_disk", 1, 1024, ImsErrors.InvalidSize) is { } minDisk)
            {
                request.Add(image => image.MinDisk == minDisk);
            }
        }
    }
}
