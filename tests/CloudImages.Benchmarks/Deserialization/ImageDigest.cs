using System.Globalization;
using CloudImages.Benchmarks.Deserialization.SdkStyle;
using CloudImages.Benchmarks.Deserialization.Stj;
using CloudImages.Benchmarks.Responses.Stj;
using CloudImages.Ims;

namespace CloudImages.Benchmarks.Deserialization
{
    /// <summary>The fields every implementation reads, as plain values, so the smoke run can prove they agree.</summary>
    public sealed record ImageDigest(
        string? Id, string? Name, string? Status, string? Visibility, string? ImageType, string? Platform, string? OsVersion,
        string? OsBit, long? Size, long? ImageSize, int? MinDisk, int? MinRam, bool? Protected, bool? IsRegistered, string Tags, string? CreatedAt)
    {
        public static IReadOnlyList<ImageDigest> Of(ListImagesResponse response) => (response.Images ?? []).Select(i => new ImageDigest(
            i.Id, i.Name, i.Status?.Value, i.Visibility?.Value, i.ImageType?.Value, i.Platform?.Value, i.OsVersion, i.OsBit?.Value,
            i.Size, i.ImageSize, i.MinDisk, i.MinRam, i.Protected, i.IsRegistered, Join(i.Tags), Time(i.CreatedAt))).ToList();

        /// <summary>The images of a native OpenStack page, the same fields.</summary>
        public static IReadOnlyList<ImageDigest> Of(OpenStackImageList page) =>
            (page.OpenStackImages ?? []).Select(i => new ImageDigest(
                i.Id, i.Name, i.Status?.Value, i.Visibility?.Value, i.ImageType?.Value, i.Platform?.Value, i.OsVersion,
                i.OsBit?.Value, i.Size, i.ImageSize, i.MinDisk, i.MinRam, i.Protected, i.IsRegistered, Join(i.Tags),
                Time(i.CreatedAt))).ToList();

        public static IReadOnlyList<ImageDigest> Of(StjListImagesResponse? response) => OfStj(response?.Images);

        public static IReadOnlyList<ImageDigest> Of(StjOpenStackImageList? page) => OfStj(page?.Images);

        // An OpenStack image is an IMS image with more fields (StjOpenStackImage derives from StjImage).
        private static IReadOnlyList<ImageDigest> OfStj(IEnumerable<StjImage>? images) =>
            (images ?? []).Select(i => new ImageDigest(
                i.Id, i.Name, i.Status, i.Visibility, i.ImageType, i.Platform, i.OsVersion, i.OsBit,
                i.Size, i.ImageSize, i.MinDisk, i.MinRam, i.Protected, i.IsRegistered, Join(i.Tags),
                Time(i.CreatedAt))).ToList();

        public static IReadOnlyList<ImageDigest> Of(SdkListImagesResponse response) => (response.Images ?? []).Select(i => new ImageDigest(
            i.Id, i.Name, i.Status?.GetValue(), i.Visibility?.GetValue(), i.Imagetype?.GetValue(), i.Platform?.GetValue(), i.OsVersion, i.OsBit?.GetValue(),
            (long?)i.Size, i.ImageSize is null ? null : long.Parse(i.ImageSize, CultureInfo.InvariantCulture), i.MinDisk, i.MinRam, i.Protected,
            i.Isregistered is null ? null : bool.Parse(i.Isregistered.GetValue()), Join(i.Tags),
            i.CreatedAt is null ? null : Time(DateTimeOffset.Parse(i.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)))).ToList();

        private static string Join(IEnumerable<string>? tags) => tags is null ? "" : string.Join('|', tags);

        private static string? Time(DateTimeOffset? time) => time?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
    }
}
