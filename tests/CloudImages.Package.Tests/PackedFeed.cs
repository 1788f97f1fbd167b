using System.Reflection;
using Xunit;

namespace CloudImages.Package.Tests
{
    /// <summary>The packages packed once for the consumer tests (CloudImages.Generators, CloudImages.Emulator and
    /// CloudImages.Emulator.Tool), in a folder feed beside the packages this test project restored (see its project
    /// file), and an isolated NuGet cache for the consumers.</summary>
    public sealed class PackedFeed : IDisposable
    {
        public const string Collection = "packed package";
        public const string Version = "1.0.0-consumer-test";
        private readonly string _root = Directory.CreateTempSubdirectory("cloudimages-consumers-").FullName;
        private int _folders;

        public PackedFeed()
        {
            // The repository is already restored; restoring it again here would rewrite its assets.
            FeedDirectory = Path.Combine(_root, "feed");
            var restored = typeof(PackedFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RestoredPackages").Value!;
            // The generator's projects and the emulator's share nothing, so they are packed side by side; the tool
            // after the emulator, whose Release build it reuses.
            Task.WaitAll(
                Task.Run(() => Pack("src/CloudImages.Generators.Package")),
                Task.Run(() =>
                {
                    Pack("src/CloudImages.Emulator");
                    Pack("src/CloudImages.Emulator.Tool");
                }));
            File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{FeedDirectory}" />
                    <add key="restored" value="{restored}" />
                  </packageSources>
                </configuration>
                """);
            DotNet = new DotNet(Path.Combine(_root, "packages"));
        }

        internal DotNet DotNet { get; }

        /// <summary>The folder feed.</summary>
        internal string FeedDirectory { get; }

        /// <summary>A folder under the one holding nuget.config, so every consumer in it uses the feed.</summary>
        internal string NewFolder() => Directory.CreateDirectory(Path.Combine(_root, "consumer" + Interlocked.Increment(ref _folders))).FullName;

        private void Pack(string project)
        {
            var pack = new DotNet(packagesDirectory: null).Run(
                DotNet.RepoRoot, "pack", project, "--no-restore", "-c", "Release", "-o", FeedDirectory, $"-p:Version={Version}");
            Assert.True(pack.ExitCode == 0, pack.ToString());
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the temp folder is cleaned by the OS.
            }
        }
    }

    /// <summary>The consumer tests share one packed package and run one after the other.</summary>
    [CollectionDefinition(PackedFeed.Collection)]
    public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
    {
    }
}
