namespace CloudImages.Generators.Tests.Infrastructure
{
    /// <summary>The real response bodies from shared/fixtures/responses.</summary>
    internal static class Fixtures
    {
        public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

        public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
    }
}
