using System;
using System.Collections.Generic;
using System.Text;

namespace CloudImages.Generators.Emit
{
    /// <summary>A small indented writer. Lines end with '\n' on every OS, so the same spec gives the same bytes.
    /// A blank line is written only between two lines of the same block: never after '{', before '}' or twice.</summary>
    internal sealed class SourceWriter
    {
        /// <summary>The longest line written, indentation included.</summary>
        public const int MaxLineLength = 120;

        private const string Indentation = "    ";
        private readonly StringBuilder _text = new();
        private int _depth;
        private bool _blankPending;
        private bool _afterOpening = true;

        /// <summary>The characters left on a line at the current depth.</summary>
        public int Available => MaxLineLength - (_depth * Indentation.Length);

        public SourceWriter Line(string line = "")
        {
            if (line.Length == 0)
            {
                _blankPending = !_afterOpening;
                return this;
            }

            if (_blankPending && !line.StartsWith("}", StringComparison.Ordinal))
            {
                _text.Append('\n');
            }

            _blankPending = false;
            for (var i = 0; i < _depth; i++)
            {
                _text.Append(Indentation);
            }

            _text.Append(line).Append('\n');
            _afterOpening = line == "{";
            return this;
        }

        /// <summary>Writes <paramref name="text"/> as lines that start with <paramref name="prefix"/> and fit the width,
        /// breaking at spaces; a word longer than a line stays whole.</summary>
        public void Wrapped(string prefix, string text)
        {
            foreach (var line in Wrap(text, Available - prefix.Length))
            {
                Line(prefix + line);
            }
        }

        /// <summary>Writes "<paramref name="first"/> <paramref name="second"/>" on one line when it fits, else
        /// <paramref name="second"/> on a continuation line.</summary>
        public void Line(string first, string second)
        {
            if (second.Length == 0 || first.Length + 1 + second.Length <= Available)
            {
                Line(second.Length == 0 ? first : first + " " + second);
            }
            else
            {
                Line(first);
                Line(Indentation + second);
            }
        }

        /// <summary>Writes a member's signature, <c>prefix name(parameters)tail</c>, as <see cref="Call"/> does; when
        /// even <c>prefix name(</c> does not fit, the name and parameters go on continuation lines.</summary>
        public void Signature(string prefix, string name, IReadOnlyList<string> parameters, string tail = "")
        {
            if (prefix.Length + name.Length + 2 <= Available)
            {
                Call(prefix + " " + name, parameters, tail);
                return;
            }

            // A return type too long for a line breaks after its outer '<': Task<\n    ApiJob<Job>>.
            var open = prefix.IndexOf('<');
            if (prefix.Length > Available && open > 0)
            {
                Line(prefix.Substring(0, open + 1));
                Line(Indentation + prefix.Substring(open + 1));
            }
            else
            {
                Line(prefix);
            }

            _depth++;
            Call(name, parameters, tail);
            _depth--;
        }

        /// <summary>Writes <c>head(arguments)tail</c> on one line when it fits, else one argument a line.</summary>
        public void Call(string head, IReadOnlyList<string> arguments, string tail = "")
        {
            var oneLine = head + "(" + string.Join(", ", arguments) + ")" + tail;
            if (oneLine.Length <= Available || arguments.Count == 0)
            {
                Line(oneLine);
                return;
            }

            Line(head + "(");
            for (var i = 0; i < arguments.Count; i++)
            {
                var end = i < arguments.Count - 1 ? "," : ")" + tail;
                var pieces = SplitLiteral(arguments[i], Available - (2 * Indentation.Length) - end.Length);
                for (var k = 0; k < pieces.Count; k++)
                {
                    Line((k == 0 ? Indentation : Indentation + Indentation + "+ ") + pieces[k] + (k == pieces.Count - 1 ? end : ""));
                }
            }
        }

        /// <summary>A string literal too long for a line, as literals to concatenate, cut after spaces (never inside
        /// an escape: the literals written here escape everything but printable ASCII). Anything else stays whole.</summary>
        private static List<string> SplitLiteral(string argument, int width)
        {
            var pieces = new List<string>();
            if (argument.Length <= width || argument.Length < 2 || argument[0] != '"' || argument[argument.Length - 1] != '"')
            {
                pieces.Add(argument);
                return pieces;
            }

            var text = argument.Substring(1, argument.Length - 2);
            var start = 0;
            while (text.Length - start + 2 > width)
            {
                var cut = text.LastIndexOf(' ', start + width - 3, width - 3);
                if (cut <= start)
                {
                    break;
                }

                pieces.Add("\"" + text.Substring(start, cut + 1 - start) + "\"");
                start = cut + 1;
            }

            pieces.Add("\"" + text.Substring(start) + "\"");
            return pieces;
        }

        /// <summary>Writes <paramref name="header"/> (when not empty: a header may take several lines written before)
        /// and an opening brace; disposing the result closes it.</summary>
        public BlockScope Block(string header, string closing = "}")
        {
            if (header.Length > 0)
            {
                Line(header);
            }

            Line("{");
            _depth++;
            return new BlockScope(this, closing);
        }

        public void Indent() => _depth++;

        public void Outdent() => _depth--;

        public override string ToString() => _text.ToString();

        private static IEnumerable<string> Wrap(string text, int width)
        {
            var line = new StringBuilder();
            foreach (var word in text.Split(' '))
            {
                if (word.Length == 0)
                {
                    continue;
                }

                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : "").Append(word);
            }

            if (line.Length > 0)
            {
                yield return line.ToString();
            }
        }

        internal readonly struct BlockScope : IDisposable
        {
            private readonly SourceWriter _writer;
            private readonly string _closing;

            public BlockScope(SourceWriter writer, string closing)
            {
                _writer = writer;
                _closing = closing;
            }

            public void Dispose()
            {
                _writer._depth--;
                _writer.Line(_closing);
            }
        }
    }
}
