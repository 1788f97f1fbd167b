using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace CloudImages.Package.Tests
{
    /// <summary>The standalone emulator as its own process, its output collected: the one built beside this test (a
    /// referenced Exe: its dll and runtimeconfig.json are copied here), run with `dotnet`, or an installed tool.</summary>
    internal sealed partial class EmulatorProcess : IDisposable
    {
        public const int SIGINT = 2;
        public const int SIGTERM = 15;

        private readonly StringBuilder _output = new();
        private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Uri? _listening;

        private EmulatorProcess(Process process) => Process = process;

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

        /// <summary>The emulator built beside this test, with <paramref name="arguments"/>.</summary>
        public static EmulatorProcess Start(params string[] arguments) =>
            Run("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "CloudImages.Emulator.dll"), .. arguments]);

        /// <summary>An installed <c>cloudimages-emulator</c> (or any command), with <paramref name="arguments"/>.</summary>
        public static EmulatorProcess Run(string command, IEnumerable<string> arguments)
        {
            var start = new ProcessStartInfo(command)
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
                start.ArgumentList.Add(command);
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var emulator = new EmulatorProcess(Process.Start(start)!);
            emulator.Process.OutputDataReceived += (_, e) => emulator.Received(e.Data);
            emulator.Process.ErrorDataReceived += (_, e) => emulator.Received(e.Data);
            emulator.Process.BeginOutputReadLine();
            emulator.Process.BeginErrorReadLine();
            return emulator;
        }

        /// <summary>The address it prints once it listens, when it has printed the whole banner.</summary>
        public async Task<Uri> AddressAsync()
        {
            var exited = Process.WaitForExitAsync();
            var first = await Task.WhenAny(_address.Task, exited, Task.Delay(TimeSpan.FromMinutes(1)));
            Assert.True(first == _address.Task, $"the emulator printed no address:\n{Output}");
            return await _address.Task;
        }

        /// <summary>Sends <paramref name="signal"/> and returns the exit code.</summary>
        public Task<int> StopAsync(int signal = SIGINT)
        {
            Assert.Equal(0, Kill(Process.Id, signal));
            return ExitCodeAsync();
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

        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        private static extern int Kill(int pid, int signal);

        [GeneratedRegex(@"IMS emulator listening on (http://\S+/)")]
        private static partial Regex ListeningLine();

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
                _listening = new Uri(match.Groups[1].Value);
            }
            else if (line == "Press Ctrl+C to stop." && _listening is not null)
            {
                _address.TrySetResult(_listening); // the banner is complete
            }
        }
    }
}
