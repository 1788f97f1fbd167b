extern alias sample;

using CloudImages.Emulator;
using SampleApp = sample::CloudImages.Sample.SampleApp;
using SampleOptions = sample::CloudImages.Sample.SampleOptions;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The sample's command line, run in process: a mistyped option, or a listing that breaks a documented
    /// rule, ends it at once with exit code 2, before anything is sent.</summary>
    public sealed class SampleCommandLineTests
    {
        private const string Token = "sample-test-token";

        [Theory]
        [InlineData("--bogus")]
        [InlineData("--bogus", "value")]
        [InlineData("--bogus=value")]
        [InlineData("--platform", "Ubuntu", "--bogus")]
        public void An_unknown_option_is_named_as_unknown(params string[] args)
        {
            var error = Assert.Throws<ArgumentException>(() => SampleOptions.Parse(args, NoEnvironment));

            Assert.Equal("Unknown option --bogus.", error.Message);
        }

        [Fact]
        public void A_known_option_without_its_value_says_so()
        {
            var error = Assert.Throws<ArgumentException>(() => SampleOptions.Parse(["--platform"], NoEnvironment));

            Assert.Equal("--platform needs a value.", error.Message);
        }

        [Fact]
        public async Task An_unknown_option_exits_with_2_and_the_usage_before_anything_starts()
        {
            var run = await Run("--bogus");

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("Unknown option --bogus.", run.Error, StringComparison.Ordinal);
            Assert.Contains("Usage: dotnet run --project samples/CloudImages.Sample", run.Error, StringComparison.Ordinal);
            Assert.Equal("", run.Output);
        }

        public static TheoryData<string[], string> BadListings => new()
        {
            { ["--min-disk", "0"], "min_disk-range (min_disk): min_disk must be between 1 and 1024." },
            { ["--min-disk", "2000"], "min_disk-range (min_disk)" },
            { ["--member-status", "accepted"], "member-status-requires-shared (member_status, visibility)" },
            { ["--created-at", "lt:2018"], "created_at-format (created_at)" },
        };

        [Theory]
        [MemberData(nameof(BadListings))]
        public async Task A_listing_that_breaks_a_rule_exits_with_2_before_any_request(string[] filter, string rule)
        {
            await using var ims = await ImsEmulator.StartAsync(new() { Auth = Tokens() });

            var run = await Run(["--endpoint", ims.BaseAddress.AbsoluteUri, "--token", Token, .. filter]);

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("ListImages was not sent: the query breaks 1 documented rule(s).", run.Error, StringComparison.Ordinal);
            Assert.Contains(rule, run.Error, StringComparison.Ordinal);
            Assert.Equal("", run.Output);
            Assert.Equal(0, ims.RequestCount);
        }

        [Fact]
        public async Task A_listing_that_breaks_a_rule_is_refused_before_the_local_emulator_starts()
        {
            var run = await Run("--visibility", "public", "--member-status", "accepted");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("member-status-requires-shared", run.Error, StringComparison.Ordinal);
            Assert.Equal("", run.Output);
        }

        [Fact]
        public async Task A_valid_listing_runs_the_common_queries_then_the_filtered_pages()
        {
            await using var ims = await ImsEmulator.StartAsync(new() { Auth = Tokens() });

            var run = await Run("--endpoint", ims.BaseAddress.AbsoluteUri, "--token", Token, "--visibility", "shared", "--member-status", "accepted", "--pages", "1");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Error);
            Assert.Contains("== Listing, page 1", run.Output, StringComparison.Ordinal);
            Assert.Contains("member_status=accepted", run.Output, StringComparison.Ordinal);

            // Four common queries (private images need a project id) and one page of the listing.
            Assert.Equal(5, ims.RequestCount);
        }

        [Fact]
        public async Task Without_an_endpoint_it_queries_the_emulator_then_makes_an_image_and_waits_for_it()
        {
            var run = await Run("--pages", "1");

            Assert.Equal("", run.Error);
            Assert.Equal(0, run.ExitCode);
            var start = run.Output.IndexOf("== Create an image and wait for it", StringComparison.Ordinal);
            Assert.True(start > run.Output.IndexOf("== Listing, page 1", StringComparison.Ordinal));
            var lines = run.Output[start..].Split(Environment.NewLine);
            Assert.Matches(@"^job [0-9a-f]{32} started", lines.Single(l => l.StartsWith("job ", StringComparison.Ordinal)));

            // A line per poll: pending ones while the job runs, then SUCCESS naming the image, which is then listed active.
            var polls = lines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+\d+\.\d s  ")).ToList();
            Assert.True(polls.Count >= 2, string.Join("\n", lines));
            Assert.All(polls[..^1], l => Assert.Matches("  (INIT|RUNNING)(  image [0-9a-f-]{36})?$", l));
            var imageId = System.Text.RegularExpressions.Regex.Match(polls[^1], "  SUCCESS  image ([0-9a-f-]{36})$").Groups[1].Value;
            Assert.NotEmpty(imageId);
            Assert.Contains(lines, l => l.Contains($"id={imageId}", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains(imageId, StringComparison.Ordinal) && l.Contains("active", StringComparison.Ordinal));
        }

        private static string? NoEnvironment(string name) => null;

        private static ImsAuthOptions Tokens() => new() { Tokens = { Token } };

        private static async Task<SampleRun> Run(params string[] args)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await SampleApp.RunAsync(args, NoEnvironment, output, error, CancellationToken.None);
            return new SampleRun(code, output.ToString(), error.ToString());
        }

        private sealed record SampleRun(int ExitCode, string Output, string Error);
    }
}
