using System.Globalization;
using System.Text;

namespace CloudImages.Generators.Text
{
    /// <summary>C# literals for spec text. Everything outside printable ASCII is escaped, so no spec text can
    /// end a literal, start a directive or break a line (U+2028, U+2029 and U+0085 end lines in C#).</summary>
    internal static class Literal
    {
        public static string String(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    default:
                        if (c >= ' ' && c < 0x7F)
                        {
                            builder.Append(c);
                        }
                        else
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        /// <summary>A UTF-8 literal ("..."u8), or a byte array when the text is not valid UTF-16 and so has no UTF-8 form.</summary>
        public static string Utf8(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(value[i]))
                {
                    return Bytes(new UTF8Encoding(false, false).GetBytes(value));
                }
            }

            return String(value) + "u8";
        }

        public static string Double(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "D";

        public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Bytes(byte[] bytes)
        {
            var builder = new StringBuilder("new byte[] { ");
            for (var i = 0; i < bytes.Length; i++)
            {
                builder.Append(i == 0 ? "0x" : ", 0x").Append(bytes[i].ToString("X2", CultureInfo.InvariantCulture));
            }

            return builder.Append(" }").ToString();
        }
    }
}
