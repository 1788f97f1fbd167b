namespace CloudImages.Benchmarks.Inputs
{
    /// <summary>The response bodies the deserialization benchmarks read.</summary>
    public static class ResponseInput
    {
        /// <summary>The page's example response (two images).</summary>
        public const string DocExample = "doc-example";

        /// <summary>A realistic full page: 500 images, the default limit.</summary>
        public const string Page500 = "page-500";

        public static byte[] Bytes(string name) => name switch
        {
            DocExample => Fixture.Bytes("list-images-doc-example.json"),
            Page500 => ImagePage.Write(ImagePage.Images(500, ImagePage.Seed)),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown input."),
        };
    }
}
