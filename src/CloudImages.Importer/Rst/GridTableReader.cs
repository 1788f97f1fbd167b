namespace CloudImages.Importer.Rst
{
    /// <summary>Reads an RST grid table (+---+ borders, | cells, += under the header) with multi-line cells.</summary>
    internal static class GridTableReader
    {
        public static bool IsBorder(string line)
        {
            var t = line.Trim();
            return t.Length > 2 && t[0] == '+' && t[^1] == '+' && t.All(c => c is '+' or '-' or '=') && t.Contains('-', StringComparison.Ordinal) | t.Contains('=', StringComparison.Ordinal);
        }

        /// <summary>Reads the table whose top border is line <paramref name="start"/> (0-based); <paramref name="end"/>
        /// is the line after it.</summary>
        public static RstTable Read(string file, IReadOnlyList<string> lines, int start, out int end)
        {
            var top = lines[start];
            var indent = top.Length - top.TrimStart().Length;
            var bounds = Enumerable.Range(0, top.Length).Where(i => top[i] == '+').ToArray();
            var header = new List<IReadOnlyList<TableCell>>();
            var rows = new List<IReadOnlyList<TableCell>>();
            List<string>[]? pending = null;
            var pendingLine = 0;
            var i = start + 1;
            for (; i < lines.Count; i++)
            {
                var line = lines[i];
                var t = line.TrimStart();
                var at = line.Length - t.Length;
                if (at == indent && t.StartsWith('+'))
                {
                    if (pending is null)
                    {
                        throw new PageException(new SourceLocation(file, i + 1, at + 1), "a grid table row without content between two borders");
                    }

                    var row = pending.Select((cell, c) => new TableCell(Dedent(cell), new SourceLocation(file, pendingLine + 1, bounds[c] + 3))).ToList();
                    (t.Contains('=', StringComparison.Ordinal) ? header : rows).Add(row);
                    if (t.Contains('=', StringComparison.Ordinal))
                    {
                        // Rows read so far were header rows.
                        header.AddRange(rows.Take(rows.Count - 1));
                        rows.Clear();
                    }

                    pending = null;
                    continue;
                }

                if (at == indent && t.StartsWith('|'))
                {
                    if (pending is null)
                    {
                        pending = Enumerable.Range(0, bounds.Length - 1).Select(_ => new List<string>()).ToArray();
                        pendingLine = i;
                    }

                    for (var c = 0; c < bounds.Length; c++)
                    {
                        if (bounds[c] >= line.Length || line[bounds[c]] != '|')
                        {
                            var seen = line.Count(ch => ch == '|') - 1;
                            throw new PageException(
                                new SourceLocation(file, i + 1, Math.Min(bounds[c], line.Length) + 1),
                                $"grid table row has {Math.Max(seen, 0)} cell(s) where the table has {bounds.Length - 1} columns (a missing column or a misaligned '|')");
                        }
                    }

                    for (var c = 0; c < bounds.Length - 1; c++)
                    {
                        pending[c].Add(line.Substring(bounds[c] + 1, bounds[c + 1] - bounds[c] - 1).TrimEnd());
                    }

                    continue;
                }

                break;
            }

            if (pending is not null)
            {
                throw new PageException(new SourceLocation(file, i + 1, indent + 1), "the grid table ends without its closing border (a truncated page?)");
            }

            end = i;
            return new RstTable
            {
                Location = new SourceLocation(file, start + 1, indent + 1),
                Header = HeaderNames(header, bounds.Length - 1),
                Rows = rows,
            };
        }

        internal static IReadOnlyList<string> HeaderNames(List<IReadOnlyList<TableCell>> header, int columns) =>
            Enumerable.Range(0, columns).Select(c => string.Join(" ", header.Select(r => InlineText.Plain(r[c].Source))).Trim()).ToList();

        internal static IReadOnlyList<string> Dedent(IReadOnlyList<string> cell)
        {
            var indent = cell.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
            return cell.Select(l => l.Trim().Length == 0 ? "" : l[indent..]).ToList();
        }
    }
}
