using System.Collections.Generic;
using System.Text;

namespace CloudImages.Generators.Emit
{
    /// <summary>Writes spec descriptions as XML doc comments that no text can escape from.</summary>
    internal static class DocComment
    {
        public static void Summary(SourceWriter writer, string? text, string fallback) => Element(writer, "summary", text ?? fallback);

        public static void Remarks(SourceWriter writer, IEnumerable<string?> parts)
        {
            var present = new List<string>();
            foreach (var part in parts)
            {
                if (!string.IsNullOrEmpty(part))
                {
                    present.Add(part!);
                }
            }

            if (present.Count > 0)
            {
                Element(writer, "remarks", string.Join("\n", present));
            }
        }

        /// <summary>One element; when <paramref name="text"/> has several lines, each becomes a paragraph.</summary>
        public static void Element(SourceWriter writer, string element, string text, string attributes = "")
        {
            var lines = new List<string>(Lines(text));
            var single = lines.Count == 1 ? $"/// <{element}{attributes}>{Escape(lines[0])}</{element}>" : null;
            if (single is not null && single.Length <= writer.Available)
            {
                writer.Line(single);
                return;
            }

            writer.Line($"/// <{element}{attributes}>");
            foreach (var line in lines)
            {
                writer.Wrapped("/// ", lines.Count > 1 ? "<para>" + Escape(line) + "</para>" : Escape(line));
            }

            writer.Line($"/// </{element}>");
        }

        /// <summary>Text made safe inside an XML doc element on one line.</summary>
        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            builder.Append(c).Append(text[++i]);
                        }
                        else if (char.IsSurrogate(c) || IsLineBreak(c) || (c < ' ' && c != '\t') || c == '\uFFFE' || c == '\uFFFF')
                        {
                            builder.Append(char.IsSurrogate(c) ? '\uFFFD' : ' ');
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString().Trim();
        }

        private static IEnumerable<string> Lines(string text)
        {
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || IsLineBreak(text[i]))
                {
                    var line = text.Substring(start, i - start).Trim();
                    if (line.Length > 0)
                    {
                        yield return line;
                    }

                    start = i + 1;
                }
            }
        }

        private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
    }
}
