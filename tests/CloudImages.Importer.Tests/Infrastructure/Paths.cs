using System.Reflection;

namespace CloudImages.Importer.Tests.Infrastructure
{
    /// <summary>The IMS pages (../shared/docs) and the repository's specs, as the build recorded them.</summary>
    internal static class Paths
    {
        public static string Shared { get; } = Metadata("SharedDir");

        public static string RepoRoot { get; } = Metadata("RepoRoot");

        public static string Reference { get; } = Path.Combine(Shared, "docs", "ims-api-ref");

        /// <summary>The older revision of "Querying Images", the page the project started from.</summary>
        public static string OlderQueryingImages { get; } = Path.Combine(Shared, "docs", "querying-images.rst");

        public static string QueryingImages { get; } = Page("ims_apis/image/querying_images.rst");

        public static string ImsSpec { get; } = Path.Combine(RepoRoot, "spec", "ims", "querying-images.cloud-api.json");

        public static string Page(string relative) => Path.Combine(Reference, relative);

        /// <summary>Every page with a URI section: the 44 operations.</summary>
        public static IEnumerable<string> ApiPages() =>
            Directory.GetFiles(Reference, "*.rst", SearchOption.AllDirectories)
                .Where(f => File.ReadLines(f).Any(l => l == "URI"))
                .Select(f => Path.GetRelativePath(Reference, f))
                .Order(StringComparer.Ordinal);

        private static string Metadata(string key) =>
            typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
    }
}
