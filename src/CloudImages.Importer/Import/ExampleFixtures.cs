using System.Text.Json;

namespace CloudImages.Importer.Import
{
    /// <summary>Names and formats the example bodies written next to a spec.</summary>
    internal static class ExampleFixtures
    {
        public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

        /// <summary>FILE.cloud-api.json -> FILE.example-request-1.json, FILE.example-response-1.json.</summary>
        public static IEnumerable<(string Path, string Json)> Files(string specPath, ImportedPage imported) =>
            imported.Examples.GroupBy(e => e.Kind).SelectMany(g => g.Select((e, i) => (Sibling(specPath, $"example-{g.Key}-{i + 1}.json"), e.Json + "\n")));

        /// <summary>FILE.cloud-api.json -> FILE.{suffix}.</summary>
        public static string Sibling(string specPath, string suffix)
        {
            var name = Path.GetFileName(specPath);
            var stem = name.EndsWith(".cloud-api.json", StringComparison.Ordinal) ? name[..^".cloud-api.json".Length] : Path.GetFileNameWithoutExtension(name);
            return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(specPath))!, stem + "." + suffix);
        }
    }
}
