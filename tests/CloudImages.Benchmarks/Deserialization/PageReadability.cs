using System.Globalization;
using System.Text;
using System.Text.Json;
using CloudImages.Benchmarks.Deserialization.SdkStyle;
using CloudImages.Benchmarks.Deserialization.Stj;
using CloudImages.Benchmarks.Inputs;
using CloudImages.Ims;

namespace CloudImages.Benchmarks.Deserialization
{
    /// <summary>Correctness, not speed: which pages each reader can read at all. Each variant is the 500-image page
    /// with one value in one image sent as servers send it but not as the SDK types it; the readers either return the
    /// whole page or throw, so one such value costs the SDK path the whole page.</summary>
    public static class PageReadability
    {
        public sealed record Variant(string Name, byte[] Body);

        /// <summary>One variant and whether each reader returned it.</summary>
        public sealed record Result(string Variant, bool Generated, bool StjSourceGen, bool NewtonsoftSdk);

        public static IReadOnlyList<Variant> Variants()
        {
            var images = ImagePage.Images(500, ImagePage.Seed);
            return
            [
                new("page-500 as generated", ImagePage.Write(images)),
                new("__os_bit as a number (64)", Changed(images, "\"__os_bit\":\"64\"", "\"__os_bit\":64")),
                new("__isregistered as a boolean (true)", Changed(images, "\"__isregistered\":\"true\"", "\"__isregistered\":true")),
                new("__support_fc_inject as a boolean (true)", Changed(images, "\"__support_fc_inject\":\"true\"", "\"__support_fc_inject\":true")),
                new("size above 2 GiB (documented as Long)", Changed(images, "\"size\":0", "\"size\":" + (5L << 30).ToString(CultureInfo.InvariantCulture))),
                new("fixture: doc example", Fixture.Bytes("list-images-doc-example.json")),
                new("fixture: extra fields", Fixture.Bytes("list-images-extra-fields.json")),
                new("fixture: type-confused", Fixture.Bytes("list-images-type-confused.json")),
            ];
        }

        public static IReadOnlyList<Result> Run() => Variants().Select(v => new Result(
            v.Name,
            Reads(() => CloudImagesJson.ParseListImagesResponse(v.Body)),
            Reads(() => JsonSerializer.Deserialize(v.Body, StjContext.Default.StjListImagesResponse)),
            Reads(() =>
            {
                using var message = SdkJson.Buffered(v.Body);
                return SdkJson.Deserialize(message);
            }))).ToList();

        public static string Table(IReadOnlyList<Result> results)
        {
            var text = new StringBuilder();
            text.AppendLine("| page | generated | STJ source gen | SDK (exact) |");
            text.AppendLine("|---|---|---|---|");
            foreach (var r in results)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Variant} | {Word(r.Generated)} | {Word(r.StjSourceGen)} | {Word(r.NewtonsoftSdk)} |");
            }

            text.AppendLine(CultureInfo.InvariantCulture,
                $"| **pages not read at all** | {results.Count(r => !r.Generated)} of {results.Count} | {results.Count(r => !r.StjSourceGen)} of {results.Count} | {results.Count(r => !r.NewtonsoftSdk)} of {results.Count} |");
            return text.ToString();

            static string Word(bool read) => read ? "read" : "**fails**";
        }

        // One image, the first from the middle of the page on that has the value, carries the change.
        private static byte[] Changed(IReadOnlyList<byte[]> images, string from, string to)
        {
            var copy = images.ToList();
            var index = Enumerable.Range(copy.Count / 2, copy.Count / 2)
                .First(i => Encoding.UTF8.GetString(copy[i]).Contains(from, StringComparison.Ordinal));
            copy[index] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(copy[index]).Replace(from, to, StringComparison.Ordinal));
            return ImagePage.Write(copy);
        }

        private static bool Reads(Func<object?> read)
        {
            try
            {
                return read() is not null;
            }
#pragma warning disable CA1031 // Any exception means the page was not read: that is what is counted.
            catch (Exception)
#pragma warning restore CA1031
            {
                return false;
            }
        }
    }
}
