using System.Reflection;

namespace CloudImages.Benchmarks.Inputs
{
    /// <summary>The shared response fixtures, embedded at build time (see the project file).</summary>
    internal static class Fixture
    {
        public static byte[] Bytes(string fileName)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Fixtures." + fileName)
                ?? throw new FileNotFoundException($"Fixture {fileName} is not embedded; is ../shared beside the checkout?");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
