using System.Text.RegularExpressions;

namespace CloudImages.Importer.Rst
{
    /// <summary>Reads an RST simple table (==== ==== borders; a row whose first column is blank continues the one above).</summary>
    internal static partial class SimpleTableReader
    {
        public static bool IsBorder(string line) => Border().IsMatch(line);

        public static RstTable Read(string file, IReadOnlyList<string> lines, int start, out int end)
        {
            var top = lines[start];
            var indent = top.Length - top.TrimStart().Length;
            var starts = Run().Matches(top).Select(m => m.Index).ToArray();
            var closed = false;
            var sections = new List<List<(List<string>[] Cells, int Line)>> { new() };
            var i = start + 1;
            for (; i < lines.Count; i++)
            {
                var line = lines[i];
                if (IsBorder(line))
                {
                    if (sections.Count == 2)
                    {
                        closed = true;
                        i++;
                        break;
                    }

                    sections.Add(new());
                    continue;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                if (line.Length - line.TrimStart().Length < indent)
                {
                    throw new PageException(new SourceLocation(file, i + 1, 1), "the simple table ends without its closing border (a truncated page?)");
                }

                var cells = starts.Select((s, c) => Slice(line, s, c + 1 < starts.Length ? starts[c + 1] : int.MaxValue)).ToArray();
                var current = sections[^1];
                if (cells[0].Length == 0 && current.Count > 0)
                {
                    for (var c = 0; c < cells.Length; c++)
                    {
                        current[^1].Cells[c].Add(cells[c]);
                    }
                }
                else
                {
                    current.Add((cells.Select(c => new List<string> { c }).ToArray(), i));
                }

            }

            if (!closed)
            {
                throw new PageException(new SourceLocation(file, lines.Count, 1), "the simple table ends without its closing border (a truncated page?)");
            }

            end = i;
            IReadOnlyList<TableCell> Row((List<string>[] Cells, int Line) r) =>
                r.Cells.Select((cell, c) => new TableCell(cell, new SourceLocation(file, r.Line + 1, starts[c] + 1))).ToList();
            var header = sections[0].Select(Row).ToList();
            var body = sections[1].Select(Row).ToList();
            return new RstTable
            {
                Location = new SourceLocation(file, start + 1, indent + 1),
                Header = GridTableReader.HeaderNames(header, starts.Length),
                Rows = body,
            };
        }

        private static string Slice(string line, int from, int to) =>
            from >= line.Length ? "" : line[from..Math.Min(to, line.Length)].Trim();

        [GeneratedRegex(@"^\s*=+(?: +=+)+\s*$")]
        private static partial Regex Border();

        [GeneratedRegex("=+")]
        private static partial Regex Run();
    }
}
