using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace CloudImages.Emulator
{
    /// <summary>Checks an API gateway signature (SDK-HMAC-SHA256) on the server side, written apart from the
    /// client's signer so that one bug cannot pass both ways.</summary>
    /// <remarks>The algorithm is spelled out in README, "Authentication".</remarks>
    internal static class SignatureVerifier
    {
        public const string Algorithm = "SDK-HMAC-SHA256";
        private const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

        /// <summary>The request as the verifier needs it.</summary>
        public sealed record SignedRequest(string Method, string RawTarget, Func<string, string?> Header, byte[] Body);

        /// <summary>The access key an Authorization header names, or null.</summary>
        public static string? AccessKeyOf(string authorization) =>
            TryParseAuthorization(authorization, out var accessKey, out _, out _) ? accessKey : null;

        /// <returns>Null when the signature is valid; otherwise why not.</returns>
        public static string? Verify(string authorization, SignedRequest request, ImsAuthOptions options, DateTimeOffset now)
        {
            if (!TryParseAuthorization(authorization, out var accessKey, out var signedHeaders, out var signature))
            {
                return $"the Authorization header is not '{Algorithm} Access=..., SignedHeaders=..., Signature=...'";
            }

            if (!options.AccessKeys.TryGetValue(accessKey, out var secretKey))
            {
                return $"Get secretKey failed, ak:{accessKey}, err:ak not exist";
            }

            if (!signedHeaders.Contains("host") || !signedHeaders.Contains("x-sdk-date"))
            {
                return "SignedHeaders must include host and x-sdk-date";
            }

            var date = request.Header("X-Sdk-Date");
            if (date is null || !DateTimeOffset.TryParseExact(date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt))
            {
                return "X-Sdk-Date is missing or not yyyyMMddTHHmmssZ";
            }

            if ((now - signedAt).Duration() > options.MaxClockSkew)
            {
                return $"X-Sdk-Date {date} is more than {options.MaxClockSkew.TotalMinutes:0} minutes from the server time";
            }

            var canonical = CanonicalRequest(request, signedHeaders);
            if (canonical is null)
            {
                return "a signed header is missing";
            }

            var stringToSign = $"{Algorithm}\n{date}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
            var expected = Hex(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(stringToSign)));
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant()))
                ? null
                : "verify aksk signature fail";
        }

        private static string? CanonicalRequest(SignedRequest request, IReadOnlyList<string> signedHeaders)
        {
            var question = request.RawTarget.IndexOf('?', StringComparison.Ordinal);
            var path = question < 0 ? request.RawTarget : request.RawTarget[..question];
            var query = question < 0 ? string.Empty : request.RawTarget[(question + 1)..];

            var canonicalPath = string.Join('/', path.Split('/').Select(segment => UriEncoding.Encode(Uri.UnescapeDataString(segment))));
            if (!canonicalPath.EndsWith('/'))
            {
                canonicalPath += "/";
            }

            var canonicalQuery = string.Join('&', QueryParameters.Parse(query).Pairs
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .ThenBy(p => p.Value, StringComparer.Ordinal)
                .Select(p => UriEncoding.Encode(p.Key) + "=" + UriEncoding.Encode(p.Value)));

            var headers = new StringBuilder();
            foreach (var name in signedHeaders)
            {
                if (request.Header(name) is not { } value)
                {
                    return null;
                }

                headers.Append(name).Append(':').Append(value.Trim()).Append('\n');
            }

            return string.Join('\n', request.Method.ToUpperInvariant(), canonicalPath, canonicalQuery, headers.ToString(), string.Join(';', signedHeaders), Hex(SHA256.HashData(request.Body)));
        }

        private static bool TryParseAuthorization(string header, out string accessKey, out IReadOnlyList<string> signedHeaders, out string signature)
        {
            accessKey = signature = string.Empty;
            signedHeaders = Array.Empty<string>();
            if (!header.StartsWith(Algorithm + " ", StringComparison.Ordinal))
            {
                return false;
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var part in header[(Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    fields[part[..equals]] = part[(equals + 1)..];
                }
            }

            if (!fields.TryGetValue("Access", out var ak) || !fields.TryGetValue("SignedHeaders", out var names) || !fields.TryGetValue("Signature", out var sig))
            {
                return false;
            }

            accessKey = ak;
            signedHeaders = names.Split(';', StringSplitOptions.RemoveEmptyEntries);
            signature = sig;
            return ak.Length > 0 && sig.Length > 0;
        }

        private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
