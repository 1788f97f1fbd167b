using System.Diagnostics;
using System.Reflection;
using System.Text;
using Xunit;

namespace CloudImages.Package.Tests
{
    /// <summary>Runs the dotnet CLI; with a packages directory, in an isolated NuGet cache, so a consumer restores the
    /// package just packed rather than one cached by an earlier run.</summary>
    internal sealed class DotNet(string? packagesDirectory)
    {
        public static string RepoRoot { get; } = typeof(DotNet).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepoRoot").Value!;

        public Result Run(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            if (packagesDirectory is not null)
            {
                start.Environment["NUGET_PACKAGES"] = packagesDirectory;
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            // The test host's own MSBuild settings must not leak into the consumer's build.
            start.Environment.Remove("MSBuildExtensionsPath");
            start.Environment.Remove("MSBUILD_EXE_PATH");
            start.Environment.Remove("MSBuildSDKsPath");

            using var process = Process.Start(start)!;
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in 5 minutes\n{output}");
            }

            process.WaitForExit();
            return new Result(process.ExitCode, output.ToString());
        }

        public sealed record Result(int ExitCode, string Output)
        {
            public override string ToString() => $"exit {ExitCode}\n{Output}";

            /// <summary>Asserts exit code 0 and no warning in the output.</summary>
            public Result SucceedsCleanly()
            {
                Assert.True(ExitCode == 0, ToString());
                Assert.DoesNotContain(": warning ", Output, StringComparison.Ordinal);
                return this;
            }
        }
    }
}
