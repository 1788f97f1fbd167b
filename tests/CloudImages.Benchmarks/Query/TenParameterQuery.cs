using CloudImages.Benchmarks.Deserialization.SdkStyle;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.Benchmarks.Query
{
    /// <summary>The same ten parameters for both builders: enums, a flag, numbers, a time filter, and a name that
    /// needs encoding (spaces, a non-ASCII letter).</summary>
    public static class TenParameterQuery
    {
        private const string Name = "Ubuntu 22.04 server 64bit für Tests";

        public static ListImagesQuery Generated() => Generated(Name);

        /// <summary>The same query with a name of ASCII letters only: System.Uri copies a URI that carries
        /// percent-encoded UTF-8 twice while parsing it, so this one shows the cost without that part of the floor.</summary>
        public static ListImagesQuery GeneratedAscii() => Generated("Ubuntu 22.04 server 64bit for Tests");

        private static ListImagesQuery Generated(string name) => new()
        {
            ImageType = ImageType.Gold,
            Protected = true,
            Visibility = Visibility.Public,
            Status = ImageStatus.Active,
            Name = name,
            MinDisk = 40,
            Platform = Platform.OracleLinux,
            Limit = 100,
            SortKey = ImageSortKey.Name,
            CreatedAt = TimeFilter.LessThan(new DateTimeOffset(2018, 10, 28, 10, 0, 0, TimeSpan.Zero)),
        };

        public static SdkListImagesRequest SdkStyle() => new()
        {
            ImageType = SdkImageInfo.ImagetypeEnum.Gold,
            Protected = true,
            Visibility = SdkImageInfo.VisibilityEnum.Public,
            Status = SdkImageInfo.StatusEnum.Active,
            Name = Name,
            MinDisk = 40,
            Platform = SdkImageInfo.PlatformEnum.OracleLinux,
            Limit = 100,
            SortKey = SdkListImagesRequest.SortKeyEnum.Name,
            CreatedAt = "lt:2018-10-28T10:00:00Z",
        };
    }
}
