using System;
using System.Globalization;

namespace CloudImages.Emulator
{
    /// <summary><c>created_at</c> and <c>updated_at</c>: <c>operator:time</c> with gt, gte, lt, lte, eq or neq and a UTC
    /// time as <c>yyyy-MM-ddThh:mm:ssZ</c> or <c>yyyy-MM-dd hh:mm:ss</c>. Times compare to the second, as sent.</summary>
    internal static class TimeFilters
    {
        private static readonly string[] Layouts = { "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd HH:mm:ss" };

        public static void Apply(QueryParameters query, ListRequest request)
        {
            Add(query, request, "created_at", image => image.CreatedAt);
            Add(query, request, "updated_at", image => image.UpdatedAt);
        }

        private static void Add(QueryParameters query, ListRequest request, string name, Func<CatalogueImage, DateTimeOffset> field)
        {
            if (query.Get(name) is not { } text)
            {
                return;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var op = colon > 0 ? text[..colon] : string.Empty;
            if (colon <= 0 || !DateTimeOffset.TryParseExact(
                    text[(colon + 1)..], Layouts, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest($"{name} '{text}' is not operator:time, such as lt:2018-10-28T10:00:00Z."));
            }

            Func<int, bool> test = op switch
            {
                "gt" => c => c > 0,
                "gte" => c => c >= 0,
                "lt" => c => c < 0,
                "lte" => c => c <= 0,
                "eq" => c => c == 0,
                "neq" => c => c != 0,
                _ => throw new ImsRequestException(ImsErrors.InvalidRequest($"{name} operator '{op}' is not gt, gte, lt, lte, eq or neq.")),
            };

            request.Add(image => test(TruncateToSecond(field(image)).CompareTo(time)));
        }

        private static DateTimeOffset TruncateToSecond(DateTimeOffset value) =>
            new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
