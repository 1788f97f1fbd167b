using System.Threading.Tasks;

namespace CloudImages.Emulator.Standalone
{
    /// <summary>The entry point of <c>dotnet run --project src/CloudImages.Emulator</c>; see <see cref="EmulatorCommand"/>.</summary>
    internal static class Program
    {
        private static Task<int> Main(string[] args) => EmulatorCommand.RunAsync(args);
    }
}
