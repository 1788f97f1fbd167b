using CloudImages.Emulator;
using CloudImages.Ims;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>One filter to try: the query the client sends, and what the catalogue says it must return.</summary>
    /// <param name="Parameter">The wire name of the parameter under test.</param>
    /// <param name="Label">What this case tries.</param>
    /// <param name="Build">Picks values from the catalogue, so the case holds for any seed.</param>
    internal sealed record FilterCase(string Parameter, string Label, Func<ImageCatalogue, FilterSetup> Build)
    {
        public override string ToString() => $"{Parameter}: {Label}";
    }

    /// <param name="Query">The query to send.</param>
    /// <param name="Oracle">True for each catalogue image the answer must hold.</param>
    /// <param name="Narrows">False where the catalogue gives every listed image the filtered value.</param>
    internal sealed record FilterSetup(ListImagesQuery Query, Func<CatalogueImage, bool> Oracle, bool Narrows = true);
}
