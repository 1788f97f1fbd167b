using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CloudImages.Generators.Text;

namespace CloudImages.Generators.Emit
{
    /// <summary>Emits a match of a UTF-8 span against known texts: by length, then by the byte that tells the
    /// candidates of that length apart, so a known text costs one comparison however many share its length.</summary>
    internal static class ByteDispatch
    {
        private const string SequenceEqual = "global::System.MemoryExtensions.SequenceEqual";
        private static readonly UTF8Encoding Utf8 = new(false, false);

        /// <param name="writer">Where to write.</param>
        /// <param name="span">The expression holding the span (a local).</param>
        /// <param name="candidates">The known texts, and what to emit when each matches; that code must leave the
        /// match (continue, return), since falling through means "no match".</param>
        public static void Emit(SourceWriter writer, string span, IEnumerable<(string Text, Action OnMatch)> candidates)
        {
            var encoded = candidates.Select(c => new Candidate(c.Text, Utf8.GetBytes(c.Text), c.OnMatch)).ToList();
            using (writer.Block($"switch ({span}.Length)"))
            {
                foreach (var group in encoded.GroupBy(c => c.Bytes.Length).OrderBy(g => g.Key))
                {
                    writer.Line($"case {group.Key}:");
                    writer.Indent();
                    EmitGroup(writer, span, group.ToList());
                    writer.Line("break;");
                    writer.Outdent();
                }
            }
        }

        private static void EmitGroup(SourceWriter writer, string span, List<Candidate> group)
        {
            var length = group[0].Bytes.Length;
            var index = Enumerable.Range(0, length)
                .OrderByDescending(i => group.Select(c => c.Bytes[i]).Distinct().Count())
                .ThenBy(i => i)
                .FirstOrDefault();
            if (group.Count == 1 || length == 0 || group.Select(c => c.Bytes[index]).Distinct().Count() == 1)
            {
                foreach (var candidate in group)
                {
                    writer.Call($"if ({SequenceEqual}", new[] { span, Literal.Utf8(candidate.Text) }, ")");
                    using (writer.Block(""))
                    {
                        candidate.OnMatch();
                    }
                }

                return;
            }

            using (writer.Block($"switch ({span}[{index}])"))
            {
                foreach (var sub in group.GroupBy(c => c.Bytes[index]).OrderBy(g => g.Key))
                {
                    writer.Line($"case {ByteLiteral(sub.Key)}:");
                    writer.Indent();
                    EmitGroup(writer, span, sub.ToList());
                    writer.Line("break;");
                    writer.Outdent();
                }
            }
        }

        private static string ByteLiteral(byte value) =>
            (value >= 'a' && value <= 'z') || (value >= 'A' && value <= 'Z') || (value >= '0' && value <= '9') || value == '_' || value == ' '
                ? "(byte)'" + (char)value + "'"
                : "0x" + value.ToString("X2", CultureInfo.InvariantCulture);

        private sealed class Candidate
        {
            public Candidate(string text, byte[] bytes, Action onMatch)
            {
                Text = text;
                Bytes = bytes;
                OnMatch = onMatch;
            }

            public string Text { get; }

            public byte[] Bytes { get; }

            public Action OnMatch { get; }
        }
    }
}
