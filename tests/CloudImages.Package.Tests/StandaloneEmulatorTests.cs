using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace CloudImages.Package.Tests
{
    /// <summary>The emulator as the quick start runs it, on its own: <c>CloudImages.Emulator [--port N]</c>, a process
    /// that prints its address, serves until SIGINT (Ctrl+C) or SIGTERM, and refuses options it does not know.</summary>
    public sealed partial class StandaloneEmulatorTests
    {
        private const int SIGINT = 2;
        private const int SIGTERM = 15;

        [Theory]
        [InlineData(SIGINT)]
        [InlineData(SIGTERM)]
        public async Task On_port_0_it_prints_its_address_answers_and_stops_on_a_signal(int signal)
        {
            if (OperatingSystem.IsWindows())
            {
                return; // no POSIX signals to send
            }

            using var emulator = Emulator.Start("--port", "0");
            var address = await emulator.AddressAsync();
            Assert.Equal("127.0.0.1", address.Host);
            Assert.NotEqual(5080, address.Port);

            using (var http = new HttpClient())
            {
                using var response = await http.GetAsync(new Uri(address, "v2/cloudimages?__imagetype=gold&limit=2"));
                Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
                Assert.StartsWith("{\"images\":[", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            Assert.Equal(0, Kill(emulator.Process.Id, signal));
            Assert.Equal(0, await emulator.ExitCodeAsync());
            Assert.Contains("Stopped.", emulator.Output, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--verbose")]
        [InlineData("--port", "http")]
        [InlineData("--port", "65536")]
        [InlineData("--port")]
        [InlineData("--port", "0", "--port", "1")]
        public async Task A_bad_command_line_is_refused_with_exit_code_2(params string[] arguments)
        {
            using var emulator = Emulator.Start(arguments);
            Assert.Equal(2, await emulator.ExitCodeAsync());
            Assert.Contains("Usage:", emulator.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("listening", emulator.Output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task An_unknown_option_is_named_in_the_error()
        {
            using var emulator = Emulator.Start("--prot", "5081");
            Assert.Equal(2, await emulator.ExitCodeAsync());
            Assert.Contains("Unknown option '--prot'", emulator.Output, StringComparison.Ordinal);
        }

        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        private static extern int Kill(int pid, int signal);

        [GeneratedRegex(@"IMS emulator listening on (http://\S+/)")]
        private static partial Regex ListeningLine();

        /// <summary>The emulator built beside this test (a referenced Exe: its dll and runtimeconfig.json are copied
        /// here), run with `dotnet`, its output collected.</summary>
        private sealed class Emulator : IDisposable
        {
            private readonly StringBuilder _output = new();
            private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

            private Emulator(Process process) => Process = process;

            public Process Process { get; }

            public string Output
            {
                get
                {
                    lock (_output)
                    {
                        return _output.ToString();
                    }
                }
            }

            public static Emulator Start(params string[] arguments)
            {
                var start = new ProcessStartInfo("dotnet")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                // A signal ignored by this process would stay ignored in the child (so a shell leaves Ctrl+C to the
                // foreground job); env puts SIGINT back to its default, as in a terminal.
                if (OperatingSystem.IsLinux() && IgnoresSigInt())
                {
                    start.FileName = "env";
                    start.ArgumentList.Add("--default-signal=INT");
                    start.ArgumentList.Add("dotnet");
                }

                start.ArgumentList.Add("exec");
                start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CloudImages.Emulator.dll"));
                foreach (var argument in arguments)
                {
                    start.ArgumentList.Add(argument);
                }

                var emulator = new Emulator(Process.Start(start)!);
                emulator.Process.OutputDataReceived += (_, e) => emulator.Received(e.Data);
                emulator.Process.ErrorDataReceived += (_, e) => emulator.Received(e.Data);
                emulator.Process.BeginOutputReadLine();
                emulator.Process.BeginErrorReadLine();
                return emulator;
            }

            public async Task<Uri> AddressAsync()
            {
                var exited = Process.WaitForExitAsync();
                var first = await Task.WhenAny(_address.Task, exited, Task.Delay(TimeSpan.FromMinutes(1)));
                Assert.True(first == _address.Task, $"the emulator printed no address:\n{Output}");
                return await _address.Task;
            }

            public async Task<int> ExitCodeAsync()
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                try
                {
                    await Process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    Assert.Fail($"the emulator did not exit within 30 seconds:\n{Output}");
                }

                return Process.ExitCode;
            }

            public void Dispose()
            {
                if (!Process.HasExited)
                {
                    Process.Kill();
                    Process.WaitForExit();
                }

                Process.Dispose();
            }

            private static bool IgnoresSigInt()
            {
                var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
                return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (SIGINT - 1))) != 0;
            }

            private void Received(string? line)
            {
                if (line is null)
                {
                    return;
                }

                lock (_output)
                {
                    _output.AppendLine(line);
                }

                var match = ListeningLine().Match(line);
                if (match.Success)
                {
                    _address.TrySetResult(new Uri(match.Groups[1].Value));
                }
            }
        }
    }
}
