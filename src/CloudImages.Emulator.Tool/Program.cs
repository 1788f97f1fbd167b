using System.Threading.Tasks;
using CloudImages.Emulator.Standalone;

namespace CloudImages.Emulator.Tool
{
    /// <summary>The entry point of the <c>cloudimages-emulator</c> tool; see <see cref="EmulatorCommand"/>.</summary>
    internal static class Program
    {
        private static Task<int> Main(string[] args) => EmulatorCommand.RunAsync(args);
    }
}
