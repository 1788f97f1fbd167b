using System.Text;

namespace CloudImages.Emulator
{
    /// <summary>RFC 3986 percent-encoding for signature checks: every UTF-8 byte but A-Z a-z 0-9 - _ . ~ becomes %XX.</summary>
    internal static class UriEncoding
    {
        public static string Encode(string text)
        {
            var result = new StringBuilder(text.Length * 2);
            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                var c = (char)b;
                if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~')
                {
                    result.Append(c);
                }
                else
                {
                    result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return result.ToString();
        }
    }
}
