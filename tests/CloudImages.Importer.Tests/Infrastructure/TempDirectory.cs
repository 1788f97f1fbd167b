namespace CloudImages.Importer.Tests.Infrastructure
{
    /// <summary>A fresh directory per test, removed afterwards.</summary>
    internal sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("cloud-api-import-").FullName;

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public IReadOnlyList<string> Files() => Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
