using System.Net;
using CloudImages.Tests.Shared;
using Xunit;

namespace CloudImages.Package.Tests
{
    /// <summary>The emulator as the quick start runs it, on its own: <c>CloudImages.Emulator [options]</c>, a process
    /// that prints its address, projects and demo credentials, serves until SIGINT (Ctrl+C) or SIGTERM, and refuses
    /// options it does not know.</summary>
    public sealed class StandaloneEmulatorTests
    {
        private const string OwnerProject = "5a3f2b6c8d9e4f0a9b1c2d3e4f5a6b7c";
        private const string MemberProject = "7c5d9e1f2a3b4c5d6e7f8a9b0c1d2e3f";
        private const string OwnerToken = "demo-owner-token";
        private const string MemberToken = "demo-member-token";

        [Theory]
        [InlineData(EmulatorProcess.SIGINT)]
        [InlineData(EmulatorProcess.SIGTERM)]
        public async Task On_port_0_it_prints_its_address_answers_and_stops_on_a_signal(int signal)
        {
            if (OperatingSystem.IsWindows())
            {
                return; // no POSIX signals to send
            }

            using var emulator = EmulatorProcess.Start("--port", "0");
            var address = await emulator.AddressAsync();
            Assert.Equal("127.0.0.1", address.Host);
            Assert.NotEqual(5080, address.Port);

            using (var http = new HttpClient())
            {
                using var response = await http.GetAsync(new Uri(address, "v2/cloudimages?__imagetype=gold&limit=2"));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.StartsWith("{\"images\":[", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            Assert.Equal(0, await emulator.StopAsync(signal));
            Assert.Contains("Stopped.", emulator.Output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task It_prints_the_READMEs_banner_and_a_curl_line_that_works()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            using var emulator = EmulatorProcess.Start("--port", "0");
            var address = await emulator.AddressAsync();
            var banner = emulator.Output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
            Assert.Equal(
                ReadmeCodeBlocks.Marked("standalone-banner").Text.Replace("http://127.0.0.1:5080/", address.AbsoluteUri, StringComparison.Ordinal)
                    .Split('\n').Where(l => l.Length > 0),
                banner);
            foreach (var printed in new[] { OwnerProject, MemberProject, OwnerToken, MemberToken, "DEMOACCESSKEY0000000", "demo-secret-key" })
            {
                Assert.Contains(printed, emulator.Output, StringComparison.Ordinal);
            }

            // The curl line's URL, as printed, answers without credentials.
            var curl = banner.Single(l => l.StartsWith("Try: curl \"", StringComparison.Ordinal));
            using (var http = new HttpClient())
            {
                Assert.StartsWith("{\"images\":[", await http.GetStringAsync(new Uri(curl["Try: curl \"".Length..^1])), StringComparison.Ordinal);
            }

            Assert.Equal(0, await emulator.StopAsync());
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task Demo_tokens_act_in_their_projects_and_no_credentials_act_in_the_catalogue_project_unless_required(bool requireAuth)
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            using var emulator = requireAuth
                ? EmulatorProcess.Start("--port", "0", "--images", "200", "--require-auth")
                : EmulatorProcess.Start("--port", "0", "--images", "200");
            var address = await emulator.AddressAsync();
            var ownImages = new Uri(address, "v2/cloudimages?__imagetype=private&limit=1000");
            using var anonymous = new HttpClient();
            using var owner = new HttpClient { DefaultRequestHeaders = { { "X-Auth-Token", OwnerToken } } };
            using var member = new HttpClient { DefaultRequestHeaders = { { "X-Auth-Token", MemberToken } } };
            using var stranger = new HttpClient { DefaultRequestHeaders = { { "X-Auth-Token", "not-a-demo-token" } } };

            // The owner's private images are its own; the member project owns none; a token that is not a demo one is refused.
            var owned = await RawIms.ImagesAsync(owner, ownImages);
            Assert.NotEmpty(owned);
            Assert.All(owned, i => Assert.Equal(OwnerProject, i.GetProperty("owner").GetString()));
            Assert.Empty(await RawIms.ImagesAsync(member, ownImages));
            using (var refused = await stranger.GetAsync(ownImages))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            }

            using (var unsigned = await anonymous.GetAsync(ownImages))
            {
                Assert.Equal(requireAuth ? HttpStatusCode.Unauthorized : HttpStatusCode.OK, unsigned.StatusCode);
                if (!requireAuth)
                {
                    Assert.Equal(owned.Count, (await RawIms.ImagesAsync(anonymous, ownImages)).Count);
                }
            }

            Assert.Contains(requireAuth ? "credentials required" : "credentials optional", emulator.Output, StringComparison.Ordinal);
            Assert.Equal(0, await emulator.StopAsync());
        }

        [Fact]
        public async Task The_seed_chooses_the_catalogue_the_same_seed_gives_the_same_one()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            async Task<string> FirstPageAsync(string seed)
            {
                using var emulator = EmulatorProcess.Start("--port", "0", "--images", "300", "--seed", seed);
                var address = await emulator.AddressAsync();
                using var http = new HttpClient();
                var page = await http.GetStringAsync(new Uri(address, "v2/cloudimages?limit=20"));
                Assert.Equal(0, await emulator.StopAsync());
                return page;
            }

            var pages = await Task.WhenAll(FirstPageAsync("7"), FirstPageAsync("7"), FirstPageAsync("8"), FirstPageAsync("20181028"));
            Assert.Equal(pages[0], pages[1]);
            Assert.NotEqual(pages[0], pages[2]);
            Assert.NotEqual(pages[0], pages[3]);

            // The default seed is 20181028.
            using var unseeded = EmulatorProcess.Start("--port", "0", "--images", "300");
            using (var http = new HttpClient())
            {
                Assert.Equal(pages[3], await http.GetStringAsync(new Uri(await unseeded.AddressAsync(), "v2/cloudimages?limit=20")));
            }

            Assert.Equal(0, await unseeded.StopAsync());
        }

        [Theory]
        [InlineData("--verbose")]
        [InlineData("--port", "http")]
        [InlineData("--port", "65536")]
        [InlineData("--port")]
        [InlineData("--port", "0", "--port", "1")]
        [InlineData("--seed", "1.5")]
        [InlineData("--seed")]
        [InlineData("--images", "-1")]
        [InlineData("--images", "1000001")]
        [InlineData("--state")]
        [InlineData("--state", "--require-auth")]
        [InlineData("--require-auth", "--require-auth")]
        public async Task A_bad_command_line_is_refused_with_exit_code_2(params string[] arguments)
        {
            using var emulator = EmulatorProcess.Start(arguments);
            Assert.Equal(2, await emulator.ExitCodeAsync());
            Assert.Contains("Usage:", emulator.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("listening", emulator.Output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task An_unknown_option_is_named_in_the_error()
        {
            using var emulator = EmulatorProcess.Start("--prot", "5081");
            Assert.Equal(2, await emulator.ExitCodeAsync());
            Assert.Contains("Unknown option '--prot'", emulator.Output, StringComparison.Ordinal);
        }
    }
}
