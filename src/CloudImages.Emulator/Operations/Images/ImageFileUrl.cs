using System;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>An <c>image_url</c>: "OBS bucket name:Image file name", and the file's format by its extension
    /// (ZVHD, QCOW2, VHD, RAW, VHDX, QED, VDI, QCOW, ZVHD2 or VMDK, as "Registering an Image" lists, and ISO and
    /// OVA files).</summary>
    internal sealed record ImageFileUrl(string Bucket, string Key, string Format)
    {
        /// <summary>The most a file imported the common way may hold: 128 GB ("Importing an Image File Quickly"
        /// sends larger files there).</summary>
        public const long CommonImportLimit = 128L << 30;

        /// <summary>The most a file imported quickly may hold: 1 TB.</summary>
        public const long QuickImportLimit = 1L << 40;

        private const long Gigabyte = 1L << 30;

        private static readonly string[] Formats = { "zvhd", "qcow2", "vhd", "raw", "vhdx", "qed", "vdi", "qcow", "zvhd2", "vmdk", "iso", "ova" };

        // The formats "Image Attributes" lists for disk_format; a file of another format is stored converted, as zvhd2.
        private static readonly string[] DiskFormats = { "zvhd2", "vhd", "zvhd", "raw", "qcow2" };

        public string Url => Bucket + ":" + Key;

        /// <summary>The image's <c>__data_origin</c>, as the service writes it for an image from a file.</summary>
        public string DataOrigin => $"file,obs://{Bucket}/{Key}";

        /// <summary>The <c>disk_format</c> of an image made from the file.</summary>
        public string DiskFormat => DiskFormats.Contains(Format) ? Format : "zvhd2";

        public bool IsQuickImportable => Format is "zvhd2" or "raw";

        /// <exception cref="ImsRequestException">The URL is not bucket:file (IMG.0017, IMG.0068, IMG.0109, IMG.0175), or
        /// names a file of a format IMS does not import (IMG.0072).</exception>
        public static ImageFileUrl Parse(string url, string member)
        {
            var file = ObsFileUrl.Parse(url, member, emptyKeyCode: "IMG.0017");
            var dot = file.Key.LastIndexOf('.');
            var format = dot < 0 ? string.Empty : file.Key[(dot + 1)..].ToLowerInvariant();
            return Formats.Contains(format)
                ? new ImageFileUrl(file.Bucket, file.Key, format)
                : throw new ImsRequestException(ImsErrors.InvalidFormat($"{member} '{url}' is not a {string.Join(", ", Formats)} file."));
        }

        /// <summary>The request's <c>image_url</c>, parsed.</summary>
        public static ImageFileUrl Read(JsonBody body) => Parse(body.RequiredString("image_url"), body.Member("image_url"));

        /// <summary>The request's <c>min_disk</c>, mandatory for a file, from <paramref name="min"/> to
        /// <paramref name="max"/> GB.</summary>
        /// <exception cref="ImsRequestException">Absent (IMG.0001) or out of range (IMG.0055).</exception>
        public static int ReadMinDisk(JsonBody body, int min, int max)
        {
            var minDisk = body.Int("min_disk") ?? throw body.Missing("min_disk");
            return minDisk >= min && minDisk <= max
                ? minDisk
                : throw new ImsRequestException(ImsErrors.InvalidSize($"{body.Member("min_disk")} {minDisk} GB is not from {min} to {max} GB."));
        }

        /// <summary>The file in OBS, checked against <paramref name="limit"/> bytes.</summary>
        /// <exception cref="ImsRequestException">No such bucket (IMG.0069), no such file or an empty one (IMG.0057), or
        /// a file over the limit (IMG.0059).</exception>
        public BucketObject Find(ImsTransaction state, long limit)
        {
            var file = state.FindObject(Bucket, Key);
            if (file is null && !state.Data.BucketObjects.Any(o => string.Equals(o.Bucket, Bucket, StringComparison.Ordinal)))
            {
                throw ImsErrors.Refuse("IMG.0069", $"no bucket '{Bucket}'.");
            }

            if (file is not { SizeBytes: > 0 })
            {
                throw ImsErrors.Refuse("IMG.0057", $"bucket '{Bucket}' has no file '{Key}'{(file is null ? "" : ", or it is empty")}.");
            }

            return file.SizeBytes <= limit
                ? file
                : throw ImsErrors.Refuse("IMG.0059", $"'{Url}' holds {file.SizeBytes} bytes, at most {limit} are imported this way.");
        }

        /// <summary>The checks of a quick import: a ZVHD2 or RAW file of at most 1 TB, and a disk at least as large as
        /// the file.</summary>
        public BucketObject FindForQuickImport(ImsTransaction state, int minDiskGb)
        {
            var file = Find(state, QuickImportLimit);
            return (long)minDiskGb * Gigabyte >= file.SizeBytes
                ? file
                : throw new ImsRequestException(ImsErrors.InvalidSize($"min_disk {minDiskGb} GB is smaller than '{Url}' ({file.SizeBytes} bytes)."));
        }

        /// <summary>Refuses a file that cannot hold a data disk (an ISO or OVA file).</summary>
        public ImageFileUrl DataDiskFile(string member) => Format is "iso" or "ova"
            ? throw new ImsRequestException(ImsErrors.InvalidFormat($"{member} '{Url}' is not a data disk image file."))
            : this;

        /// <summary>An image of <paramref name="source"/>, this file, queued: an ECS system disk image until the
        /// caller says otherwise.</summary>
        public CatalogueImage Image(ImsTransaction state, string projectId, NewImageFields fields, NewImageOs os, BucketObject source, int minDisk) =>
            NewImageJob.Draft(state, projectId, fields, os) with
            {
                MinDisk = minDisk,
                Size = source.SizeBytes,
                ImageSize = source.SizeBytes,
                DiskFormat = DiskFormat,
                DataOrigin = DataOrigin,
            };

        /// <summary>A data disk image of <paramref name="source"/>, this file, queued.</summary>
        public CatalogueImage DataImage(
            ImsTransaction state, string projectId, NewImageFields fields, string osType, BucketObject source, int minDisk) =>
            Image(state, projectId, fields, NewImageOs.OfType(osType), source, minDisk) with { VirtualEnvType = "DataImage" };

        /// <summary>Refuses a file that cannot be imported quickly (only ZVHD2 and RAW can).</summary>
        public ImageFileUrl QuickImportable(string member) => IsQuickImportable
            ? this
            : throw new ImsRequestException(ImsErrors.InvalidFormat($"{member} '{Url}': only ZVHD2 and RAW files are imported quickly."));
    }
}
