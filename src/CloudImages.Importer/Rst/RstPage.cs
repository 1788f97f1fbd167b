using System.Text.RegularExpressions;

namespace CloudImages.Importer.Rst
{
    /// <summary>A page of the API reference: its title, sections, labels, tables and literal blocks.</summary>
    internal sealed partial class RstPage
    {
        private RstPage(string file, IReadOnlyList<string> lines)
        {
            File = file;
            Lines = lines;
        }

        public string File { get; }

        public IReadOnlyList<string> Lines { get; }

        public string Title { get; private set; } = "";

        /// <summary>The label before the title (en-us_topic_0020091565): the prefix of the page's own table labels.</summary>
        public string? TopicLabel { get; private set; }

        public List<(string Title, int Line)> Sections { get; } = new();

        public Dictionary<string, int> Labels { get; } = new(StringComparer.Ordinal);

        public List<RstTable> Tables { get; } = new();

        /// <summary>Literal blocks (`.. code-block::` and `::`), with the section they are in and their first line.</summary>
        public List<(string Section, int Line, string Text)> LiteralBlocks { get; } = new();

        public static RstPage Load(string path)
        {
            var text = System.IO.File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var page = new RstPage(path, text.Split('\n'));
            page.Parse();
            return page;
        }

        public SourceLocation At(int line, int column = 1) => new(File, line + 1, column);

        /// <summary>The lines of section <paramref name="title"/> (0-based, from its first line to the next section).</summary>
        public (int From, int To)? SectionRange(string title)
        {
            var index = Sections.FindIndex(s => s.Title.Equals(title, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return null;
            }

            return (Sections[index].Line + 2, index + 1 < Sections.Count ? Sections[index + 1].Line : Lines.Count);
        }

        private void Parse()
        {
            var section = "";
            for (var i = 0; i < Lines.Count; i++)
            {
                var line = Lines[i];
                if (LabelLine().Match(line) is { Success: true } label)
                {
                    Labels[label.Groups[1].Value] = i;
                    if (Title.Length == 0)
                    {
                        TopicLabel ??= label.Groups[1].Value;
                    }

                    continue;
                }

                if (i + 1 < Lines.Count && IsUnderline(line, Lines[i + 1]))
                {
                    if (Lines[i + 1][0] == '=' && Title.Length == 0)
                    {
                        Title = line.Trim();
                    }
                    else
                    {
                        section = line.Trim();
                        Sections.Add((section, i));
                    }

                    i++;
                    continue;
                }

                if (GridTableReader.IsBorder(line) || SimpleTableReader.IsBorder(line))
                {
                    var table = GridTableReader.IsBorder(line)
                        ? GridTableReader.Read(File, Lines, i, out var end)
                        : SimpleTableReader.Read(File, Lines, i, out end);
                    table.Section = section;
                    Describe(table, i);
                    Tables.Add(table);
                    i = end - 1;
                    continue;
                }

                var trimmed = line.Trim();
                if (trimmed.StartsWith(".. code-block::", StringComparison.Ordinal) || trimmed == "::" || (trimmed.EndsWith("::", StringComparison.Ordinal) && !trimmed.StartsWith("..", StringComparison.Ordinal)))
                {
                    i = ReadLiteral(i, section);
                }
            }

            if (Title.Length == 0)
            {
                throw new PageException(At(0), "the page has no title (a line underlined with '=')");
            }
        }

        private int ReadLiteral(int directive, string section)
        {
            var indent = Indent(Lines[directive]);
            var i = directive + 1;
            while (i < Lines.Count && Lines[i].Trim().Length == 0)
            {
                i++;
            }

            var first = i;
            var body = new List<string>();
            while (i < Lines.Count && (Lines[i].Trim().Length == 0 || Indent(Lines[i]) > indent))
            {
                body.Add(Lines[i]);
                i++;
            }

            if (body.Count > 0)
            {
                LiteralBlocks.Add((section, first, string.Join("\n", GridTableReader.Dedent(body)).Trim()));
            }

            return i - 1;
        }

        /// <summary>Finds the label, caption and lead text above a table.</summary>
        private void Describe(RstTable table, int start)
        {
            var i = start - 1;
            bool Blank() => i >= 0 && Lines[i].Trim().Length == 0;
            while (Blank())
            {
                i--;
            }

            if (i >= 0 && TableDirective().Match(Lines[i]) is { Success: true } directive)
            {
                table.Caption = InlineText.Plain(directive.Groups[1].Value).Trim();
                i--;
                while (Blank())
                {
                    i--;
                }
            }

            if (i >= 0 && LabelLine().Match(Lines[i]) is { Success: true } label)
            {
                table.Label = label.Groups[1].Value;
                i--;
                while (Blank())
                {
                    i--;
                }
            }

            if (i >= 0 && !Lines[i].TrimStart().StartsWith("..", StringComparison.Ordinal) && !Lines[i].TrimStart().StartsWith('+') && !IsUnderline(i > 0 ? Lines[i - 1] : "", Lines[i]))
            {
                table.Lead = InlineText.Plain(Lines[i].Trim().TrimStart('-', ' ')).Trim();
            }
        }

        private static int Indent(string line) => line.Length - line.TrimStart().Length;

        private static bool IsUnderline(string title, string underline)
        {
            var u = underline.TrimEnd();
            return title.Trim().Length > 0 && Indent(title) == 0 && u.Length >= title.Trim().Length && u.Length > 2 && u.All(c => c == u[0]) && u[0] is '=' or '-' or '~' or '^';
        }

        [GeneratedRegex(@"^\s*(?:#\.\s+|-\s+|\*\s+)?\.\. _([^:]+):\s*$")]
        private static partial Regex LabelLine();

        [GeneratedRegex(@"^\s*\.\. table::\s*(.*)$")]
        private static partial Regex TableDirective();
    }
}
