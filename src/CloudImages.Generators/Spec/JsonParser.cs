using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CloudImages.Generators.Spec
{
    /// <summary>A strict RFC 8259 parser that keeps every value's position. Small on purpose: a generator cannot
    /// safely load its own copy of System.Text.Json into the compiler, and we want exact spans anyway.</summary>
    internal sealed class JsonParser
    {
        public const int MaxDepth = 128;

        private readonly string _text;
        private int _position;

        private JsonParser(string text) => _text = text;

        /// <summary>Parses a whole document.</summary>
        /// <exception cref="JsonSyntaxException">The text is not JSON.</exception>
        public static JsonNode Parse(string text)
        {
            var parser = new JsonParser(text);
            parser.SkipWhitespace();
            if (parser._position == 0 && text.Length > 0 && text[0] == '\uFEFF')
            {
                parser._position = 1;
                parser.SkipWhitespace();
            }

            var root = parser.ParseValue(0);
            parser.SkipWhitespace();
            if (parser._position < text.Length)
            {
                throw parser.Error("unexpected text after the JSON value");
            }

            return root;
        }

        private JsonNode ParseValue(int depth)
        {
            if (_position >= _text.Length)
            {
                throw Error("the text ends where a value was expected");
            }

            switch (_text[_position])
            {
                case '{':
                    return ParseObject(depth + 1);
                case '[':
                    return ParseArray(depth + 1);
                case '"':
                    var start = _position;
                    var value = ParseString();
                    return new JsonStringNode(start, _position, value);
                case 't':
                    return ParseLiteral("true", JsonKind.True);
                case 'f':
                    return ParseLiteral("false", JsonKind.False);
                case 'n':
                    return ParseLiteral("null", JsonKind.Null);
                default:
                    if (_text[_position] == '-' || (_text[_position] >= '0' && _text[_position] <= '9'))
                    {
                        return ParseNumber();
                    }

                    throw Error($"unexpected character {Show(_text[_position])}");
            }
        }

        private JsonNode ParseObject(int depth)
        {
            CheckDepth(depth);
            var start = _position++;
            var members = new List<JsonMember>();
            SkipWhitespace();
            if (Peek() == '}')
            {
                _position++;
                return new JsonObjectNode(start, _position, members);
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw Error("a property name in double quotes was expected");
                }

                var nameStart = _position;
                var name = ParseString();
                var nameEnd = _position;
                SkipWhitespace();
                Expect(':');
                SkipWhitespace();
                members.Add(new JsonMember(name, nameStart, nameEnd, ParseValue(depth)));
                SkipWhitespace();
                if (Peek() == ',')
                {
                    _position++;
                    continue;
                }

                Expect('}');
                return new JsonObjectNode(start, _position, members);
            }
        }

        private JsonNode ParseArray(int depth)
        {
            CheckDepth(depth);
            var start = _position++;
            var items = new List<JsonNode>();
            SkipWhitespace();
            if (Peek() == ']')
            {
                _position++;
                return new JsonArrayNode(start, _position, items);
            }

            while (true)
            {
                SkipWhitespace();
                items.Add(ParseValue(depth));
                SkipWhitespace();
                if (Peek() == ',')
                {
                    _position++;
                    continue;
                }

                Expect(']');
                return new JsonArrayNode(start, _position, items);
            }
        }

        private string ParseString()
        {
            _position++; // opening quote
            var builder = new StringBuilder();
            while (true)
            {
                if (_position >= _text.Length)
                {
                    throw Error("the text ends inside a string");
                }

                var c = _text[_position];
                if (c == '"')
                {
                    _position++;
                    return builder.ToString();
                }

                if (c < ' ')
                {
                    throw Error($"control character {Show(c)} inside a string must be escaped");
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    _position++;
                    continue;
                }

                _position++;
                if (_position >= _text.Length)
                {
                    throw Error("the text ends inside an escape sequence");
                }

                var escape = _text[_position++];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_position + 4 > _text.Length
                            || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            _position -= 2;
                            throw Error("\\u must be followed by four hex digits");
                        }

                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        _position -= 2;
                        throw Error($"invalid escape sequence \\{Show(escape)}");
                }
            }
        }

        private JsonNode ParseNumber()
        {
            var start = _position;
            if (Peek() == '-')
            {
                _position++;
            }

            if (Peek() == '0')
            {
                _position++;
            }
            else if (IsDigit(Peek()))
            {
                SkipDigits();
            }
            else
            {
                throw Error("a digit was expected");
            }

            if (Peek() == '.')
            {
                _position++;
                if (!IsDigit(Peek()))
                {
                    throw Error("a digit was expected after the decimal point");
                }

                SkipDigits();
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                _position++;
                if (Peek() == '+' || Peek() == '-')
                {
                    _position++;
                }

                if (!IsDigit(Peek()))
                {
                    throw Error("a digit was expected in the exponent");
                }

                SkipDigits();
            }

            return new JsonNumberNode(start, _position, _text.Substring(start, _position - start));
        }

        private JsonNode ParseLiteral(string literal, JsonKind kind)
        {
            if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
            {
                throw Error($"unexpected character {Show(_text[_position])}");
            }

            var start = _position;
            _position += literal.Length;
            return new JsonLiteralNode(kind, start, _position);
        }

        private void CheckDepth(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error($"values are nested deeper than {MaxDepth} levels");
            }
        }

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw Error(_position >= _text.Length ? $"the text ends where '{c}' was expected" : $"'{c}' was expected but found {Show(_text[_position])}");
            }

            _position++;
        }

        private char Peek() => _position < _text.Length ? _text[_position] : '\0';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private void SkipDigits()
        {
            while (IsDigit(Peek()))
            {
                _position++;
            }
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length && (_text[_position] == ' ' || _text[_position] == '\t' || _text[_position] == '\n' || _text[_position] == '\r'))
            {
                _position++;
            }
        }

        private static string Show(char c) => c >= ' ' && c < 0x7F ? $"'{c}'" : $"U+{(int)c:X4}";

        private JsonSyntaxException Error(string message) => new(Math.Min(_position, _text.Length), message);
    }

    internal sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(int position, string message)
            : base(message) => Position = position;

        public int Position { get; }
    }
}
