using System.Reflection;

namespace CloudImages.Tests.Shared
{
    /// <summary>A fenced code block of README.md: its language (the fence's info string), the line of its first line
    /// of code (1-based), its text, and the HTML comment on the line above the fence, if any, as a marker.</summary>
    internal sealed record ReadmeCodeBlock(string Language, int FirstLine, string Text, string? Marker);

    /// <summary>Reads the README's fenced code blocks, so that tests compile and run what the README shows.</summary>
    internal static class ReadmeCodeBlocks
    {
        /// <summary>README.md at the repository root, from the test assembly's <c>RepoRoot</c> metadata.</summary>
        public static string ReadmePath { get; } = Path.Combine(
            typeof(ReadmeCodeBlocks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!,
            "README.md");

        public static IReadOnlyList<ReadmeCodeBlock> Read() => Parse(File.ReadAllLines(ReadmePath));

        /// <summary>The block right under <c>&lt;!-- {marker} ... --&gt;</c>; there must be exactly one.</summary>
        public static ReadmeCodeBlock Marked(string marker) =>
            Read().Single(b => b.Marker is not null && b.Marker.StartsWith(marker, StringComparison.Ordinal));

        public static IReadOnlyList<ReadmeCodeBlock> Parse(IReadOnlyList<string> lines)
        {
            var blocks = new List<ReadmeCodeBlock>();
            for (var i = 0; i < lines.Count; i++)
            {
                if (!lines[i].StartsWith("```", StringComparison.Ordinal))
                {
                    continue;
                }

                var language = lines[i][3..].Trim();
                var previous = i > 0 ? lines[i - 1].Trim() : "";
                var marker = previous.StartsWith("<!--", StringComparison.Ordinal) && previous.EndsWith("-->", StringComparison.Ordinal)
                    ? previous[4..^3].Trim()
                    : null;
                var start = i + 1;
                var end = start;
                while (end < lines.Count && lines[end] != "```")
                {
                    end++;
                }

                if (end == lines.Count)
                {
                    throw new InvalidOperationException($"README.md:{i + 1}: the code block is never closed.");
                }

                blocks.Add(new ReadmeCodeBlock(language, start + 1, string.Join("\n", lines.Skip(start).Take(end - start)) + "\n", marker));
                i = end;
            }

            return blocks;
        }
    }
}
