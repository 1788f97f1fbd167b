using CloudImages.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CloudImages.Generators.Benchmarks
{
    /// <summary>A consumer like the sample: a few files using the generated client, against the running framework's
    /// assemblies and the runtime, so no reference pack has to be found or downloaded.</summary>
    internal static class ConsumerCompilation
    {
        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

        private static readonly Lazy<MetadataReference[]> References = new(() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
                .Append(typeof(ApiTransport).Assembly.Location)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToArray());

        private const string Program = """
            using System;
            using System.Threading.Tasks;
            using CloudImages.Ims;

            namespace Consumer
            {
                public static class Listing
                {
                    public static async Task<int> CountAsync(CloudImagesClient client)
                    {
                        var count = 0;
                        await foreach (var image in client.ListAllImagesAsync(new ListImagesQuery { ImageType = ImageType.Gold, Protected = true }))
                        {
                            count += image.Platform == Platform.Ubuntu ? 1 : 0;
                        }

                        return count;
                    }
                }
            }
            """;

        public static CSharpCompilation Create() => CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(Program, ParseOptions, "Listing.cs"), Unrelated(0)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>A file with nothing to do with the spec; <paramref name="version"/> changes its text.</summary>
        public static SyntaxTree Unrelated(int version) => CSharpSyntaxTree.ParseText(
            $$"""
            namespace Consumer
            {
                internal static class Unrelated
                {
                    public static int Value() => {{version}};
                }
            }
            """,
            ParseOptions,
            "Unrelated.cs");
    }
}
