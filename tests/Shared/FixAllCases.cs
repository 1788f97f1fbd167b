namespace CloudImages.Tests.Shared
{
    /// <summary>A fixable case of every usage diagnostic that has a code fix, several of them in one initializer, and
    /// the code once all are fixed: the same whether Fix All runs in process or <c>dotnet format analyzers</c> does.</summary>
    internal static class FixAllCases
    {
        public const string Source = """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Requires() => new() { MemberStatus = MemberStatus.Accepted };

                static ListImagesQuery RequiresLines() => new ListImagesQuery
                {
                    MemberStatus = MemberStatus.Pending,
                    ImageType = ImageType.Shared,
                };

                static ListImagesQuery WrongValue() => new() { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Public };

                static ListImagesQuery WrongLater()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    query.Visibility = Visibility.Private;
                    return query;
                }

                static ListImagesQuery RequiresStatement()
                {
                    var query = new ListImagesQuery();
                    query.MemberStatus = MemberStatus.Rejected;
                    return query;
                }

                static ListImagesQuery Conflict() => new() { SupportXenGpuType = XenGpuType.M60VGpu, SupportXen = true, Limit = 10 };

                static ListImagesQuery ConflictStatement()
                {
                    var query = new ListImagesQuery { SupportKvm = true };
                    query.SupportXenHana = true;
                    return query;
                }

                static ListImagesQuery Range() => new() { MinDisk = 0 };

                static ListImagesQuery RangeStatement(ListImagesQuery query) => query with { Limit = -5 };

                static ListImagesQuery Typo() => new() { Platform = "Ubunt", DiskFormat = new DiskFormat("qcow") };

                static ListImagesQuery Advice() => new() { ImageType = ImageType.Gold, Visibility = Visibility.Public };

                static ListImagesQuery Mixed() => new() { MemberStatus = MemberStatus.Accepted, MinDisk = 0, Platform = "Ubunt", ImageType = ImageType.Gold, SupportXenHana = true, SupportKvm = true };
            }
            """;

        public const string Fixed = """
            using CloudImages.Ims;

            static class Queries
            {
                static ListImagesQuery Requires() => new() { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };

                static ListImagesQuery RequiresLines() => new ListImagesQuery
                {
                    MemberStatus = MemberStatus.Pending,
                    Visibility = Visibility.Shared,
                    ImageType = ImageType.Shared,
                };

                static ListImagesQuery WrongValue() => new() { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared };

                static ListImagesQuery WrongLater()
                {
                    var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
                    query.Visibility = Visibility.Shared;
                    return query;
                }

                static ListImagesQuery RequiresStatement()
                {
                    var query = new ListImagesQuery();
                    query.MemberStatus = MemberStatus.Rejected;
                    query.Visibility = Visibility.Shared;
                    return query;
                }

                static ListImagesQuery Conflict() => new() { SupportXen = true, Limit = 10 };

                static ListImagesQuery ConflictStatement()
                {
                    var query = new ListImagesQuery { SupportKvm = true };
                    return query;
                }

                static ListImagesQuery Range() => new() { MinDisk = 1 };

                static ListImagesQuery RangeStatement(ListImagesQuery query) => query with { Limit = 1 };

                static ListImagesQuery Typo() => new() { Platform = Platform.Ubuntu, DiskFormat = DiskFormat.Qcow2 };

                static ListImagesQuery Advice() => new() { ImageType = ImageType.Gold, Protected = true, Visibility = Visibility.Public };

                static ListImagesQuery Mixed() => new() { MemberStatus = MemberStatus.Accepted, Visibility = Visibility.Shared, MinDisk = 1, Platform = Platform.Ubuntu, ImageType = ImageType.Gold, Protected = true, SupportKvm = true };
            }
            """;
    }
}
