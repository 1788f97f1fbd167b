using System.Reflection;

namespace CloudImages.Benchmarks.Inputs
{
    /// <summary>The shared response fixtures and the doc pages' examples the specs keep (spec/ims/examples), embedded
    /// at build time (see the project file).</summary>
    internal static class Fixture
    {
        public static byte[] Bytes(string fileName) =>
            Resource("Fixtures." + fileName, $"Fixture {fileName} is not embedded; is ../shared beside the checkout?");

        /// <summary>An example response of spec/ims/examples, such as
        /// <c>querying-the-image-quota.example-response-1.json</c>.</summary>
        public static byte[] Example(string fileName) =>
            Resource("Examples." + fileName, $"Example {fileName} is not in spec/ims/examples.");

        private static byte[] Resource(string name, string missing)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
                ?? throw new FileNotFoundException(missing);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
