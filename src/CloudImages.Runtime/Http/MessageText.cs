using System.Globalization;
using System.Text;

namespace CloudImages.Runtime
{
    /// <summary>A server's text as an exception message shows it: control, format and line-separator characters and
    /// lone surrogates escaped (<c>\n</c>, <c>\u001b</c>), and text beyond <see cref="MaxLength"/> characters cut,
    /// with its length.</summary>
    /// <remarks>Messages end up in logs and terminals, where a server's CR/LF would forge log lines, ANSI escapes
    /// would drive the terminal, and a megabyte would flood both. The exception's properties keep the text as
    /// sent.</remarks>
    internal static class MessageText
    {
        public const int MaxLength = 300;

        public static string Escape(string text)
        {
            if (text.Length <= MaxLength && IsPlain(text))
            {
                return text;
            }

            var escaped = new StringBuilder(MaxLength + 32);
            for (var i = 0; i < text.Length; i++)
            {
                if (escaped.Length >= MaxLength)
                {
                    var length = text.Length.ToString(CultureInfo.InvariantCulture);
                    return escaped.Append("... (").Append(length).Append(" characters)").ToString();
                }

                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    escaped.Append(c).Append(text[++i]);
                }
                else if (!IsUnsafe(c))
                {
                    escaped.Append(c);
                }
                else
                {
                    escaped.Append(c switch
                    {
                        '\n' => "\\n",
                        '\r' => "\\r",
                        '\t' => "\\t",
                        _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                    });
                }
            }

            return escaped.ToString();
        }

        private static bool IsPlain(string text)
        {
            foreach (var c in text)
            {
                // Any surrogate goes the long way, where pairs are told from lone halves.
                if (IsUnsafe(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsUnsafe(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control
            or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate;
    }
}
