using System.Globalization;
using System.Text.RegularExpressions;
using CloudImages.Importer.Rst;

namespace CloudImages.Importer.Import
{
    /// <summary>What a description states in the reference's fixed phrasings: the values ("The value can be **A**,
    /// **B**, or **C**", a bullet list of bold values after "The value can be:"), the default ("is **500** by
    /// default", "The default value is **ECS**", "Default value: **x**"), and bounds ("from 1 to 1,024", "a maximum
    /// of 1024 characters", "1 to 128 characters"). Anything else stays in the description.</summary>
    internal sealed partial class DescriptionFacts
    {
        public IReadOnlyList<string> Values { get; private init; } = Array.Empty<string>();

        public string? Default { get; private init; }

        public double? Minimum { get; private init; }

        public double? Maximum { get; private init; }

        public int? MinLength { get; private init; }

        public int? MaxLength { get; private init; }

        public static DescriptionFacts Read(IReadOnlyList<string> paragraphs)
        {
            var values = new List<string>();
            string? lead = null;
            foreach (var paragraph in paragraphs)
            {
                if (paragraph.StartsWith("- ", StringComparison.Ordinal))
                {
                    var item = paragraph[2..].Trim();
                    if (BulletValue().Match(item) is { Success: true } bullet && lead is not null)
                    {
                        values.Add(InlineText.Unescape(bullet.Groups[1].Value).Trim());
                    }
                    else if (ValueIs().Match(item) is { Success: true } valueIs)
                    {
                        values.Add(InlineText.Unescape(valueIs.Groups[1].Value).Trim());
                    }
                    else if (lead is not null && PlainWord().IsMatch(item))
                    {
                        values.Add(item);
                    }

                    continue;
                }

                lead = ListLead().IsMatch(paragraph) ? paragraph : null;
                if (ValueList().Match(paragraph) is { Success: true } list)
                {
                    values.AddRange(InlineText.Bold(list.Groups[1].Value));
                }
            }

            var text = string.Join("\n", paragraphs);
            values = values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (values.All(v => v.Equals("true", StringComparison.OrdinalIgnoreCase) || v.Equals("false", StringComparison.OrdinalIgnoreCase)) || values.Count < 2)
            {
                values.Clear();
            }

            var range = Range().Match(InlineText.Plain(text));
            var length = Length().Match(InlineText.Plain(text));
            var maxLength = MaxChars().Match(InlineText.Plain(text));
            return new DescriptionFacts
            {
                Values = values,
                Default = DefaultValue(text),
                Minimum = range.Success && !range.Groups["unit"].Value.StartsWith("char", StringComparison.OrdinalIgnoreCase) ? Number(range.Groups["min"].Value) : null,
                Maximum = range.Success && !range.Groups["unit"].Value.StartsWith("char", StringComparison.OrdinalIgnoreCase) ? Number(range.Groups["max"].Value) : null,
                MinLength = length.Success ? (int)Number(length.Groups["min"].Value) : null,
                MaxLength = length.Success ? (int)Number(length.Groups["max"].Value) : maxLength.Success ? (int)Number(maxLength.Groups[1].Value) : null,
            };
        }

        private static string? DefaultValue(string text)
        {
            foreach (var regex in new[] { ByDefault(), DefaultIs(), DefaultMarked(), DefaultColon() })
            {
                if (regex.Match(text) is { Success: true } m)
                {
                    return InlineText.Unescape(m.Groups[1].Value).Trim();
                }
            }

            return null;
        }

        private static double Number(string text) => double.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

        [GeneratedRegex(@"(?:[Tt]he|[Ii]ts|[Tt]he parameter) value (?:can be|is one of|includes?)[^.]*?((?:\*\*[^*]+\*\*(?:\s*\([^)]*\))?(?:,\s*or\s+|,\s*and\s+|\s+or\s+|\s+and\s+|,\s*)?)+)")]
        private static partial Regex ValueList();

        [GeneratedRegex(@"(?:values? (?:can be|include|includes|are)|following(?: \w+)? (?:values|types)[^:]*|value can be one of the following|value can be):\s*$", RegexOptions.IgnoreCase)]
        private static partial Regex ListLead();

        [GeneratedRegex(@"^\*\*([^*]+)\*\*(?:\s*[:(]|\s+(?:indicates|means|is|:)|\s*$)")]
        private static partial Regex BulletValue();

        [GeneratedRegex(@"^[^*]*[Tt]he value is \*\*([^*]+)\*\*\.?$")]
        private static partial Regex ValueIs();

        [GeneratedRegex(@"^[\w.-]+$")]
        private static partial Regex PlainWord();

        [GeneratedRegex(@"is \*\*([^*]+)\*\* by default")]
        private static partial Regex ByDefault();

        [GeneratedRegex(@"[Tt]he default value is \*\*([^*]+)\*\*")]
        private static partial Regex DefaultIs();

        [GeneratedRegex(@"\*\*([^*]+)\*\* \(default\)")]
        private static partial Regex DefaultMarked();

        [GeneratedRegex(@"Default value:\s*\*\*([^*]+)\*\*")]
        private static partial Regex DefaultColon();

        [GeneratedRegex(@"(?:ranges?|range is|value is) from (?<min>-?\d[\d,]*)\s*(?<unit>[A-Za-z]*)\s+to (?<max>-?\d[\d,]*)")]
        private static partial Regex Range();

        [GeneratedRegex(@"(?:contains?|consists? of|limited to) (?<min>\d+) to (?<max>\d+) characters")]
        private static partial Regex Length();

        [GeneratedRegex(@"(?:a )?maximum of (\d[\d,]*) characters")]
        private static partial Regex MaxChars();
    }
}
