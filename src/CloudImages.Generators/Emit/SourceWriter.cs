using System;
using System.Text;

namespace CloudImages.Generators.Emit
{
    /// <summary>A small indented writer. Lines end with '\n' on every OS, so the same spec gives the same bytes.</summary>
    internal sealed class SourceWriter
    {
        private const string Indentation = "    ";
        private readonly StringBuilder _text = new();
        private int _depth;

        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                for (var i = 0; i < _depth; i++)
                {
                    _text.Append(Indentation);
                }

                _text.Append(line);
            }

            _text.Append('\n');
            return this;
        }

        /// <summary>Writes <paramref name="header"/> and an opening brace; disposing the result closes it.</summary>
        public BlockScope Block(string header, string closing = "}")
        {
            Line(header);
            Line("{");
            _depth++;
            return new BlockScope(this, closing);
        }

        public void Indent() => _depth++;

        public void Outdent() => _depth--;

        public override string ToString() => _text.ToString();

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
