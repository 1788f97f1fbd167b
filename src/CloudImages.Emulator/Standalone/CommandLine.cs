using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;

namespace CloudImages.Emulator.Standalone
{
    /// <summary>The standalone emulator's options, as given on its command line.</summary>
    internal sealed record CommandLine
    {
        /// <summary>The port used without <c>--port</c>: the quick start's programs call http://127.0.0.1:5080/.</summary>
        public const int DefaultPort = 5080;

        /// <summary>The most images <c>--images</c> generates: a catalogue that still starts in seconds.</summary>
        public const int MaxImages = 1_000_000;

        public const string Usage = """
            Usage: cloudimages-emulator [options]
                   dotnet run --project src/CloudImages.Emulator -- [options]

            Serves every IMS operation on 127.0.0.1 until Ctrl+C (or SIGTERM).
              --port N         the port: 1 to 65535, or 0 for a free one (default 5080)
              --seed N         the seed of the generated catalogue (default 20181028)
              --images N       how many images to generate: 0 to 1000000 (default 3000)
              --state FILE     keep the state in FILE across restarts: read at start when it exists (then --seed and
                               --images are not used), rewritten before each write is answered
              --require-auth   refuse requests without credentials (401); by default they act in the catalogue's
                               project, and the demo credentials printed at start are accepted either way
              -h, --help       show this text
            """;

        public int Port { get; init; } = DefaultPort;

        public int Seed { get; init; } = new CatalogueOptions().Seed;

        public int Images { get; init; } = new CatalogueOptions().GeneratedImageCount;

        public string? StateFile { get; init; }

        public bool RequireAuth { get; init; }

        public bool Help { get; init; }

        /// <exception cref="ArgumentException">An unknown option, one given twice, or a bad value; the message says which.</exception>
        public static CommandLine Parse(IReadOnlyList<string> args)
        {
            var given = new HashSet<string>(StringComparer.Ordinal);
            var line = new CommandLine();
            for (var i = 0; i < args.Count; i++)
            {
                var name = args[i];
                if (name is "-h" or "--help")
                {
                    line = line with { Help = true };
                    continue;
                }

                if (name is not ("--port" or "--seed" or "--images" or "--state" or "--require-auth"))
                {
                    throw new ArgumentException($"Unknown option '{name}'.");
                }

                if (!given.Add(name))
                {
                    throw new ArgumentException($"{name} is given twice.");
                }

                line = name switch
                {
                    "--port" => line with { Port = Number(args, ref i, 0, IPEndPoint.MaxPort, "a port from 1 to 65535, or 0 for a free one") },
                    "--seed" => line with { Seed = Number(args, ref i, int.MinValue, int.MaxValue, "a whole number") },
                    "--images" => line with { Images = Number(args, ref i, 0, MaxImages, $"a count from 0 to {MaxImages}") },
                    "--state" => line with { StateFile = Value(args, ref i, "a file name") },
                    _ => line with { RequireAuth = true },
                };
            }

            return line;
        }

        private static string Value(IReadOnlyList<string> args, ref int i, string expected)
        {
            var name = args[i];
            if (i + 1 == args.Count || args[i + 1].Length == 0 || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"{name} needs a value: {expected}.");
            }

            return args[++i];
        }

        private static int Number(IReadOnlyList<string> args, ref int i, int min, int max, string expected)
        {
            var name = args[i];
            var value = Value(args, ref i, expected);
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) || parsed < min || parsed > max)
            {
                throw new ArgumentException($"{name} '{value}' is not {expected}.");
            }

            return parsed;
        }
    }
}
