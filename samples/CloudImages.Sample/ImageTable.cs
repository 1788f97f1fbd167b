using System.Globalization;
using CloudImages.Ims;

namespace CloudImages.Sample
{
    /// <summary>Prints images as a fixed-width table.</summary>
    internal static class ImageTable
    {
        private static readonly (string Title, int Width, bool Right)[] Columns =
        {
            ("Name", 38, false), ("ID", 36, false), ("Platform", 12, false), ("OS version", 34, false),
            ("Size GiB", 8, true), ("Status", 7, false), ("Visibility", 10, false),
        };

        public static void Write(TextWriter output, IEnumerable<Image> images)
        {
            output.WriteLine(Row(Columns.Select(c => c.Title)));
            output.WriteLine(Row(Columns.Select(c => new string('-', c.Width))));
            foreach (var image in images)
            {
                output.WriteLine(Row(new[]
                {
                    image.Name ?? string.Empty,
                    image.Id ?? string.Empty,
                    image.Platform?.Value ?? string.Empty,
                    image.OsVersion ?? string.Empty,
                    image.Size is { } bytes ? (bytes / (1024.0 * 1024 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) : string.Empty,
                    image.Status?.Value ?? string.Empty,
                    image.Visibility?.Value ?? string.Empty,
                }));
            }
        }

        private static string Row(IEnumerable<string> cells) =>
            string.Join("  ", cells.Zip(Columns, (text, column) => Fit(text, column.Width, column.Right))).TrimEnd();

        private static string Fit(string text, int width, bool right)
        {
            // Control characters would break the row; names are user text.
            text = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
            if (text.Length > width)
            {
                text = text[..(width - 1)] + "…";
            }

            return right ? text.PadLeft(width) : text.PadRight(width);
        }
    }
}
