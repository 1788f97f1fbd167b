using Xunit;

namespace CloudImages.Benchmarks.Tests
{
    /// <summary>The benchmarks still run and the implementations they compare still agree. CI asserts no timing.</summary>
    public class SmokeTests
    {
        [Fact]
        public async Task Client_benchmarks_run_once_and_agree()
        {
            var log = await CloudImages.Benchmarks.Smoke.SmokeRun.RunAsync();

            Assert.Contains(log, line => line.StartsWith("page-500: 500 images read alike", StringComparison.Ordinal));
            Assert.Contains(log, line => line.StartsWith("openstack-page-500: 500 images", StringComparison.Ordinal));
            Assert.Contains(log, line => line.StartsWith("json body update-image-patch: ", StringComparison.Ordinal));
        }

        [Fact]
        public void Generator_benchmarks_run_once()
        {
            var log = CloudImages.Generators.Benchmarks.Cli.Smoke();

            Assert.Contains(log, line => line.Contains("unrelated edit: Emit Cached", StringComparison.Ordinal));
        }
    }
}
