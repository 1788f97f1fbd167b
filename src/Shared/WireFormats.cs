using System;
using System.Globalization;

#if CLOUDIMAGES_RUNTIME
namespace CloudImages.Runtime
#else
namespace CloudImages.Generators.Shared
#endif
{
    /// <summary>The named wire formats a spec can use.</summary>
    internal static class WireFormats
    {
        public const string TimeFilter = "timeFilter";
        public const string KeyValue = "keyValue";
        public const string PathSegment = "pathSegment";

        /// <summary>The two documented time layouts: <c>yyyy-MM-ddThh:mm:ssZ</c> and <c>yyyy-MM-dd hh:mm:ss</c>, both UTC.</summary>
        public static readonly string[] TimeLayouts = { WireText.TimeLayout, "yyyy-MM-dd HH:mm:ss" };

        /// <summary>The operators of a time filter, in wire form.</summary>
        public static readonly string[] TimeOperators = { "gt", "gte", "lt", "lte", "eq", "neq" };

        /// <summary>The formats a spec's rules may name; <see cref="PathSegment"/> is implied by every path parameter.</summary>
        public static bool IsKnownFormat(string format) => format == TimeFilter || format == KeyValue;

        public static bool Matches(string format, string text) => format switch
        {
            TimeFilter => TryParseTimeFilter(text, out _, out _),
            KeyValue => IsValidKeyValue(text),
            PathSegment => IsValidPathSegment(text),
            _ => false,
        };

        /// <summary>What a value of <paramref name="wireName"/> in <paramref name="format"/> must look like.</summary>
        public static string Describe(string format, string wireName) => format switch
        {
            TimeFilter => $"{wireName} must be operator:time, such as lt:2018-10-28T10:00:00Z: operator "
                + "gt, gte, lt, lte, eq or neq; time yyyy-MM-ddThh:mm:ssZ or yyyy-MM-dd hh:mm:ss (UTC).",
            KeyValue => $"{wireName} must be key=value, such as {wireName}=a=b.",
            PathSegment => $"{wireName} is sent inside the request path: it cannot be null, empty, '.' or '..' (also percent-encoded).",
            _ => $"{wireName} must be in format {format}.",
        };

        /// <summary>Parses <c>operator:time</c>, for example <c>lt:2018-10-28T10:00:00Z</c>.</summary>
        public static bool TryParseTimeFilter(string text, out int operatorIndex, out DateTimeOffset time)
        {
            operatorIndex = -1;
            time = default;
            var colon = text.IndexOf(':');
            if (colon <= 0)
            {
                return false;
            }

            operatorIndex = Array.IndexOf(TimeOperators, text.Substring(0, colon));
            return operatorIndex >= 0 && TryParseTime(text.Substring(colon + 1), out time);
        }

        public static bool TryParseTime(string text, out DateTimeOffset time) =>
            DateTimeOffset.TryParseExact(
                text,
                TimeLayouts,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out time);

        /// <summary>A path parameter's value must stay in its own segment: it is not empty, and not <c>.</c> or
        /// <c>..</c>, which <see cref="Uri"/>, a proxy or the server would resolve to another path. The same holds
        /// once percent-decoded, however often, since a server may decode what the client encoded.</summary>
        public static bool IsValidPathSegment(string text)
        {
            var decoded = text;
            for (var round = 0; round < 8; round++)
            {
                var next = Uri.UnescapeDataString(decoded);
                if (next == decoded)
                {
                    break;
                }

                decoded = next;
            }

            return decoded.Length > 0 && decoded != "." && decoded != "..";
        }

        /// <summary>A tag filter is <c>key=value</c> with a non-empty key; the value may itself hold '='.</summary>
        public static bool IsValidKeyValue(string text) => text.IndexOf('=') > 0;
    }
}
