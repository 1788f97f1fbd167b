using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace CloudImages.Runtime
{
    /// <summary>Signs requests as Huawei Cloud's API gateway documents it: SDK-HMAC-SHA256 with <c>X-Sdk-Date</c>.</summary>
    /// <remarks>
    /// <para>canonical request = method \n canonical URI \n canonical query \n canonical headers \n signed headers \n
    /// hex(SHA-256(body)). The canonical URI is the path with each segment decoded and RFC 3986 encoded, ending in '/';
    /// the canonical query is every name=value pair, decoded ('+' as a space), sorted by name then value (ordinal),
    /// RFC 3986 encoded and joined with '&amp;'; the canonical headers are "name:value\n" for each signed header,
    /// lowercase names, trimmed values, sorted by name; the signed headers are those names joined with ';'.</para>
    /// <para>string to sign = "SDK-HMAC-SHA256\n" + X-Sdk-Date (yyyyMMddTHHmmssZ) + "\n" + hex(SHA-256(canonical request));
    /// signature = hex(HMAC-SHA256(SK, string to sign)); header
    /// <c>Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=...</c>.</para>
    /// </remarks>
    public sealed class ApiGatewaySigner
    {
        /// <summary>The algorithm's name, the first word of the Authorization header.</summary>
        public const string Algorithm = "SDK-HMAC-SHA256";

        /// <summary>The header that carries the signing time.</summary>
        public const string DateHeaderName = "X-Sdk-Date";

        /// <summary>The layout of <see cref="DateHeaderName"/>, in UTC.</summary>
        public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

        private const string Hex = "0123456789ABCDEF";
        private readonly string _accessKey;
        private readonly byte[] _secretKey;

        /// <summary>Creates a signer for one AK/SK pair.</summary>
        public ApiGatewaySigner(string accessKey, string secretKey)
        {
            ArgumentException.ThrowIfNullOrEmpty(accessKey);
            ArgumentException.ThrowIfNullOrEmpty(secretKey);
            _accessKey = accessKey;
            _secretKey = Encoding.UTF8.GetBytes(secretKey);
        }

        /// <summary>Sets <c>Host</c> (when unset), <c>X-Sdk-Date</c> and <c>Authorization</c>. Signs host,
        /// x-sdk-date and, when present, x-project-id.</summary>
        public void Sign(HttpRequestMessage request, DateTimeOffset now, ReadOnlySpan<byte> body)
        {
            ArgumentNullException.ThrowIfNull(request);
            var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI to sign.");
            if (!uri.IsAbsoluteUri)
            {
                throw new InvalidOperationException("Only absolute request URIs can be signed.");
            }

            // The Host sent must be the one signed, so it is set here rather than left to the connection.
            request.Headers.Host ??= HostOf(uri);
            var date = now.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);
            request.Headers.Remove(DateHeaderName);
            request.Headers.TryAddWithoutValidation(DateHeaderName, date);

            var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["host"] = request.Headers.Host!,
                ["x-sdk-date"] = date,
            };
            if (request.Headers.TryGetValues("X-Project-Id", out var projects))
            {
                headers["x-project-id"] = string.Join(",", projects);
            }

            var canonical = CanonicalRequest(request.Method.Method, uri, headers, body);
            var signedHeaders = string.Join(";", headers.Keys);
            var signature = Signature(StringToSign(canonical, date));
            request.Headers.Remove("Authorization");
            request.Headers.TryAddWithoutValidation("Authorization", $"{Algorithm} Access={_accessKey}, SignedHeaders={signedHeaders}, Signature={signature}");
        }

        /// <summary>The canonical request. <paramref name="signedHeaders"/> are lowercase names with their values, sorted.</summary>
        public static string CanonicalRequest(string method, Uri uri, IEnumerable<KeyValuePair<string, string>> signedHeaders, ReadOnlySpan<byte> body)
        {
            ArgumentNullException.ThrowIfNull(method);
            ArgumentNullException.ThrowIfNull(uri);
            ArgumentNullException.ThrowIfNull(signedHeaders);
            var text = new StringBuilder(256);
            text.Append(method.ToUpperInvariant()).Append('\n');
            AppendCanonicalPath(text, uri.GetComponents(UriComponents.Path | UriComponents.KeepDelimiter, UriFormat.UriEscaped));
            text.Append('\n');
            AppendCanonicalQuery(text, uri.GetComponents(UriComponents.Query, UriFormat.UriEscaped));
            text.Append('\n');
            var names = new List<string>();
            foreach (var header in signedHeaders)
            {
                text.Append(header.Key).Append(':').Append(header.Value.Trim()).Append('\n');
                names.Add(header.Key);
            }

            text.Append('\n').Append(string.Join(";", names)).Append('\n');
            text.Append(HexOf(SHA256.HashData(body)));
            return text.ToString();
        }

        /// <summary>The string to sign for a canonical request and an <c>X-Sdk-Date</c> value.</summary>
        public static string StringToSign(string canonicalRequest, string sdkDate)
        {
            ArgumentNullException.ThrowIfNull(canonicalRequest);
            return Algorithm + "\n" + sdkDate + "\n" + HexOf(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));
        }

        /// <summary>hex(HMAC-SHA256(SK, <paramref name="stringToSign"/>)), lowercase.</summary>
        public string Signature(string stringToSign)
        {
            ArgumentNullException.ThrowIfNull(stringToSign);
            return HexOf(HMACSHA256.HashData(_secretKey, Encoding.UTF8.GetBytes(stringToSign)));
        }

        private static string HostOf(Uri uri)
        {
            var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost;
            return uri.IsDefaultPort ? host : host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        }

        private static void AppendCanonicalPath(StringBuilder text, string escapedPath)
        {
            var segments = escapedPath.Split('/');
            for (var i = 0; i < segments.Length; i++)
            {
                if (i > 0)
                {
                    text.Append('/');
                }

                AppendEncoded(text, Uri.UnescapeDataString(segments[i]));
            }

            if (text[^1] != '/')
            {
                text.Append('/');
            }
        }

        private static void AppendCanonicalQuery(StringBuilder text, string escapedQuery)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var part in escapedQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? part : part[..equals];
                var value = equals < 0 ? string.Empty : part[(equals + 1)..];
                pairs.Add(new(Decode(name), Decode(value)));
            }

            pairs.Sort((a, b) =>
            {
                var byName = string.CompareOrdinal(a.Key, b.Key);
                return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
            });

            for (var i = 0; i < pairs.Count; i++)
            {
                if (i > 0)
                {
                    text.Append('&');
                }

                AppendEncoded(text, pairs[i].Key);
                text.Append('=');
                AppendEncoded(text, pairs[i].Value);
            }
        }

        private static string Decode(string escaped) => Uri.UnescapeDataString(escaped.Replace('+', ' '));

        private static void AppendEncoded(StringBuilder text, string value)
        {
            foreach (var b in Encoding.UTF8.GetBytes(value))
            {
                if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~')
                {
                    text.Append((char)b);
                }
                else
                {
                    text.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
                }
            }
        }

        private static string HexOf(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
