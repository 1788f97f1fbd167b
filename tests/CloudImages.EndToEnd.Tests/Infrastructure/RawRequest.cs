using System.Text;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>A request's method, target and headers, as they arrived.</summary>
    internal sealed record RawRequest(string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers)
    {
        public string? Header(string name) =>
            Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

        /// <summary>Reads up to the blank line that ends the head; null when the connection closes first or the head
        /// is not HTTP.</summary>
        public static async Task<RawRequest?> ReadAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
        {
            var head = new MemoryStream();
            var buffer = new byte[4096];
            while (head.Length < maxBytes)
            {
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    return null;
                }

                head.Write(buffer, 0, read);
                var text = Encoding.Latin1.GetString(head.GetBuffer(), 0, (int)head.Length);
                var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (end >= 0)
                {
                    return Parse(text[..end]);
                }
            }

            return null;
        }

        private static RawRequest? Parse(string head)
        {
            var lines = head.Split("\r\n");
            if (lines[0].Split(' ') is not [var method, var target, var version] || !version.StartsWith("HTTP/", StringComparison.Ordinal))
            {
                return null;
            }

            var headers = lines.Skip(1)
                .Select(line => line.Split(':', 2))
                .Where(parts => parts.Length == 2)
                .Select(parts => KeyValuePair.Create(parts[0].Trim(), parts[1].Trim()))
                .ToList();
            return new RawRequest(method, target, headers);
        }
    }
}
