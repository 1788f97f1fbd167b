using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace CloudImages.Emulator.Standalone
{
    /// <summary>The emulator on its own, as <c>dotnet run --project src/CloudImages.Emulator</c> and the
    /// <c>cloudimages-emulator</c> tool run it: on 127.0.0.1 only, it prints its address, projects and demo
    /// credentials, and serves until Ctrl+C (SIGINT) or SIGTERM. Exit codes: 0 stopped, 1 could not start (the port,
    /// or the state file), 2 a bad command line.</summary>
    internal static class EmulatorCommand
    {
        public static async Task<int> RunAsync(string[] args)
        {
            CommandLine line;
            try
            {
                line = CommandLine.Parse(args);
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine(ex.Message);
                Console.Error.WriteLine(CommandLine.Usage);
                return 2;
            }

            if (line.Help)
            {
                Console.WriteLine(CommandLine.Usage);
                return 0;
            }

            var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnSignal(PosixSignalContext context)
            {
                context.Cancel = true; // stop here, in order, rather than be ended by the runtime
                stop.TrySetResult();
            }

            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

            var stateFile = line.StateFile is null ? null : Path.GetFullPath(line.StateFile);
            var loaded = stateFile is not null && File.Exists(stateFile);
            ImsEmulator emulator;
            try
            {
                emulator = await ImsEmulator.StartAsync(new ImsEmulatorOptions
                {
                    Port = line.Port,
                    Catalogue = { Seed = line.Seed, GeneratedImageCount = line.Images },
                    Auth = DemoCredentials.Options(line.RequireAuth),
                    StateFile = stateFile,
                }).ConfigureAwait(false);
            }
            catch (InvalidDataException ex)
            {
                Console.Error.WriteLine(ex.Message); // names the file, line and column
                return 1;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                var with = stateFile is null ? "" : $" with the state file {stateFile}";
                Console.Error.WriteLine($"Cannot start on 127.0.0.1:{line.Port.ToString(CultureInfo.InvariantCulture)}{with}: {ex.Message}");
                return 1;
            }

            await using (emulator.ConfigureAwait(false))
            {
                PrintBanner(emulator, line, stateFile, loaded);
                await stop.Task.ConfigureAwait(false);
                Console.WriteLine("Stopping.");
            }

            Console.WriteLine("Stopped.");
            return 0;
        }

        private static void PrintBanner(ImsEmulator emulator, CommandLine line, string? stateFile, bool loaded)
        {
            var images = emulator.Catalogue.Count.ToString("N0", CultureInfo.InvariantCulture);
            var seed = line.Seed.ToString(CultureInfo.InvariantCulture);
            Console.WriteLine($"IMS emulator listening on {emulator.BaseAddress} "
                + $"({images} images, credentials {(line.RequireAuth ? "required" : "optional")})");
            Console.WriteLine(stateFile is null
                ? $"  state      in memory, generated with seed {seed} (--state FILE keeps it across restarts)"
                : loaded ? $"  state      {stateFile}, loaded" : $"  state      {stateFile}, new, generated with seed {seed}");
            Console.WriteLine($"  projects   {emulator.Catalogue.ProjectId}  the catalogue's, owner of its private images");
            Console.WriteLine($"             {DemoCredentials.MemberProjectId}  a member project, to share images with");
            Console.WriteLine($"  tokens     X-Auth-Token: {DemoCredentials.OwnerToken}   acts in {emulator.Catalogue.ProjectId}");
            Console.WriteLine($"             X-Auth-Token: {DemoCredentials.MemberToken}  acts in {DemoCredentials.MemberProjectId}");
            Console.WriteLine($"  AK/SK      {DemoCredentials.AccessKey} / {DemoCredentials.SecretKey}  signs for {emulator.Catalogue.ProjectId}");
            Console.WriteLine(line.RequireAuth
                ? "  no credentials: 401 (--require-auth)"
                : "  no credentials: served as the catalogue's project (--require-auth refuses them)");
            var header = line.RequireAuth ? $" -H \"X-Auth-Token: {DemoCredentials.OwnerToken}\"" : "";
            Console.WriteLine($"Try: curl{header} \"{emulator.BaseAddress}v2/cloudimages?__imagetype=gold&limit=2\"");
            Console.WriteLine("Press Ctrl+C to stop.");
        }
    }
}
