using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace CloudImages.Emulator.Standalone
{
    /// <summary>The emulator on its own: <c>dotnet run --project src/CloudImages.Emulator -- [--port N]</c>. It listens
    /// on 127.0.0.1 only, with the default catalogue and no authentication, prints its base address, and stops on
    /// Ctrl+C (SIGINT) or SIGTERM. Exit codes: 0 stopped, 1 could not listen, 2 a bad command line.</summary>
    internal static class Program
    {
        /// <summary>The port used without <c>--port</c>: the quick start's programs call http://127.0.0.1:5080/.</summary>
        public const int DefaultPort = 5080;

        private const string Usage = """
            Usage: dotnet run --project src/CloudImages.Emulator -- [--port N]

            Serves IMS "Querying Images" (GET /v2/cloudimages) on 127.0.0.1 until Ctrl+C.
              --port N     the port to listen on: 1 to 65535, or 0 for a free one (default 5080)
              -h, --help   show this text
            """;

        private static async Task<int> Main(string[] args)
        {
            int port;
            try
            {
                var help = false;
                port = Parse(args, ref help);
                if (help)
                {
                    Console.WriteLine(Usage);
                    return 0;
                }
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine(ex.Message);
                Console.Error.WriteLine(Usage);
                return 2;
            }

            var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnSignal(PosixSignalContext context)
            {
                context.Cancel = true; // stop here, in order, rather than be ended by the runtime
                stop.TrySetResult();
            }

            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

            ImsEmulator emulator;
            try
            {
                emulator = await ImsEmulator.StartAsync(new ImsEmulatorOptions { Port = port }).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException)
            {
                Console.Error.WriteLine($"Cannot listen on 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}: {ex.Message}");
                return 1;
            }

            await using (emulator.ConfigureAwait(false))
            {
                Console.WriteLine($"IMS emulator listening on {emulator.BaseAddress} "
                    + $"({emulator.Catalogue.Count.ToString("N0", CultureInfo.InvariantCulture)} images, no authentication)");
                Console.WriteLine($"Try: curl \"{emulator.BaseAddress}v2/cloudimages?__imagetype=gold&limit=2\"");
                Console.WriteLine("Press Ctrl+C to stop.");
                await stop.Task.ConfigureAwait(false);
                Console.WriteLine("Stopping.");
            }

            Console.WriteLine("Stopped.");
            return 0;
        }

        private static int Parse(string[] args, ref bool help)
        {
            int? port = null;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "-h" or "--help":
                        help = true;
                        break;
                    case "--port":
                        if (port is not null)
                        {
                            throw new ArgumentException("--port is given twice.");
                        }

                        if (i + 1 == args.Length)
                        {
                            throw new ArgumentException("--port needs a value: a port from 1 to 65535, or 0 for a free one.");
                        }

                        var value = args[++i];
                        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed > IPEndPoint.MaxPort)
                        {
                            throw new ArgumentException($"--port '{value}' is not a port: give 1 to 65535, or 0 for a free one.");
                        }

                        port = parsed;
                        break;
                    default:
                        throw new ArgumentException($"Unknown option '{args[i]}'.");
                }
            }

            return port ?? DefaultPort;
        }
    }
}
