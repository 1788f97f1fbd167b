using System.Text.RegularExpressions;

namespace CloudImages.Emulator
{
    /// <summary>An OBS file named as <c>bucket:key</c> (the <c>image_url</c> of a registration, the <c>bucket_url</c> of
    /// an export), checked against OBS's naming rules with the IMG codes of the Error Codes page.</summary>
    internal sealed partial record ObsFileUrl(string Bucket, string Key)
    {
        /// <summary>OBS limits an object name to 1,024 bytes.</summary>
        private const int MaxKeyBytes = 1024;

        /// <param name="url">The value sent.</param>
        /// <param name="member">The member that sent it, for the messages.</param>
        /// <param name="emptyKeyCode">The code for a missing file name: an export names the file it writes (IMG.0073).</param>
        public static ObsFileUrl Parse(string url, string member, string emptyKeyCode)
        {
            var colon = url.IndexOf(':', System.StringComparison.Ordinal);
            if (colon < 0)
            {
                throw ImsErrors.Refuse("IMG.0017", $"{member} '{url}' is not 'bucket:file'.");
            }

            var bucket = url[..colon];
            var key = url[(colon + 1)..];
            if (bucket.Length == 0)
            {
                throw ImsErrors.Refuse("IMG.0068", $"{member} '{url}' names no bucket.");
            }

            if (!BucketPattern().IsMatch(bucket))
            {
                throw ImsErrors.Refuse("IMG.0109", $"'{bucket}' is not 3 to 63 lowercase letters, digits, '-' and '.', starting and ending with "
                    + "a letter or digit.");
            }

            if (key.Length == 0)
            {
                throw ImsErrors.Refuse(emptyKeyCode, $"{member} '{url}' names no file.");
            }

            if (System.Text.Encoding.UTF8.GetByteCount(key) > MaxKeyBytes)
            {
                throw ImsErrors.Refuse("IMG.0074", $"the file name is longer than {MaxKeyBytes} bytes.");
            }

            return key.Contains(' ', System.StringComparison.Ordinal)
                ? throw ImsErrors.Refuse("IMG.0175", $"'{key}' holds a space.")
                : new ObsFileUrl(bucket, key);
        }

        public override string ToString() => Bucket + ":" + Key;

        [GeneratedRegex(@"\A[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\z")]
        private static partial Regex BucketPattern();
    }
}
