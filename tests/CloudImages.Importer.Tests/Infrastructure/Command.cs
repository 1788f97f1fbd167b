using CloudImages.Importer.Cli;

namespace CloudImages.Importer.Tests.Infrastructure
{
    /// <summary>Runs the cloud-api command in-process and captures what it prints.</summary>
    internal static class Command
    {
        public static (int ExitCode, string Output, string Error) Run(params string[] args)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = Commands.Run(args, output, error);
            return (code, output.ToString(), error.ToString());
        }
    }
}
