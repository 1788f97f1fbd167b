using System.Text.RegularExpressions;
using CloudImages.Emulator;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The emulator's table of IMG codes is the Error Codes page's, read here with a parser of its own.</summary>
    public sealed partial class ErrorCodeTableTests
    {
        [Fact]
        public void Every_code_of_the_page_is_in_the_table_with_its_status_and_message()
        {
            var page = ReadPage();

            Assert.True(page.Count > 150, $"only {page.Count} codes read from the page");
            Assert.Equal(page.Keys.Order(StringComparer.Ordinal), ImsErrorCodes.All.Keys.Order(StringComparer.Ordinal));
            foreach (var (code, (status, message)) in page)
            {
                Assert.Equal((status, message), ImsErrorCodes.All[code]);
            }
        }

        [Fact]
        public void A_refusal_by_code_takes_the_documented_status_and_message_and_adds_the_detail()
        {
            var error = ImsErrors.Of("IMG.0005", "no ECS 'x'.");

            Assert.Equal(400, error.Status);
            Assert.Equal("IMG.0005", error.Code);
            Assert.Equal("The ECS does not exist: no ECS 'x'.", error.Message);
            Assert.Throws<ArgumentException>(() => ImsErrors.Of("IMG.9999"));
        }

        // A row starts with a status and an IMG code; a row whose code cell is empty continues the message above.
        private static Dictionary<string, (int, string)> ReadPage()
        {
            var codes = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
            string? current = null;
            foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Docs", "error_codes.rst")))
            {
                var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (!line.TrimStart().StartsWith('|') || cells.Length < 3)
                {
                    current = line.TrimStart().StartsWith('+') ? null : current;
                    continue;
                }

                if (Code().IsMatch(cells[1]))
                {
                    current = cells[1];
                    codes[current] = (int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture), Clean(cells[2]));
                }
                else if (current is not null && cells[2].Length > 0)
                {
                    var (status, message) = codes[current];
                    codes[current] = (status, message + " " + Clean(cells[2]));
                }
            }

            return codes;
        }

        private static string Clean(string text) => text.Replace("**", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal).Trim();

        [GeneratedRegex(@"^(IMG|APIG)\.\d+$")]
        private static partial Regex Code();
    }
}
