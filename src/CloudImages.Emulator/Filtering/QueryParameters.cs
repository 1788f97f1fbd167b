using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>The decoded parameters of a query string, and typed reads that answer 400 for invalid values.</summary>
    internal sealed class QueryParameters
    {
        private readonly List<KeyValuePair<string, string>> _pairs;

        private QueryParameters(List<KeyValuePair<string, string>> pairs) => _pairs = pairs;

        /// <summary>Every name and value, in request order.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

        /// <summary>Splits <c>a=1&amp;b=2</c> (with or without '?'), percent-decoding as UTF-8; '+' is a space.</summary>
        public static QueryParameters Parse(string? rawQuery)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            var text = rawQuery is { Length: > 0 } && rawQuery[0] == '?' ? rawQuery[1..] : rawQuery ?? string.Empty;
            foreach (var part in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? part : part[..equals];
                var value = equals < 0 ? string.Empty : part[(equals + 1)..];
                pairs.Add(new(Decode(name), Decode(value)));
            }

            return new QueryParameters(pairs);
        }

        /// <summary>The value of a parameter given once; null when absent; 400 when repeated.</summary>
        public string? Get(string name)
        {
            string? found = null;
            foreach (var pair in _pairs)
            {
                if (string.Equals(pair.Key, name, StringComparison.Ordinal))
                {
                    if (found is not null)
                    {
                        throw new ImsRequestException(ImsErrors.InvalidRequest($"{name} is given more than once."));
                    }

                    found = pair.Value;
                }
            }

            return found;
        }

        /// <summary>Every value of a parameter that may repeat.</summary>
        public IReadOnlyList<string> GetAll(string name) =>
            _pairs.Where(p => string.Equals(p.Key, name, StringComparison.Ordinal)).Select(p => p.Value).ToList();

        /// <summary>One of <paramref name="allowed"/> (case-sensitive), or null when absent.</summary>
        public string? OneOf(string name, IReadOnlyCollection<string> allowed, Func<string, ImsError>? error = null)
        {
            var value = Get(name);
            if (value is null || allowed.Contains(value, StringComparer.Ordinal))
            {
                return value;
            }

            var detail = $"{name} '{value}' is not one of {string.Join(", ", allowed)}.";
            throw new ImsRequestException((error ?? ImsErrors.InvalidRequest)(detail));
        }

        /// <summary>true or false in any case, or null when absent.</summary>
        public bool? Boolean(string name)
        {
            var value = Get(name);
            if (value is null)
            {
                return null;
            }

            return bool.TryParse(value, out var result)
                ? result
                : throw new ImsRequestException(ImsErrors.InvalidRequest($"{name} '{value}' is not true or false."));
        }

        /// <summary>A decimal integer within a range, or null when absent.</summary>
        public int? Integer(string name, int minimum, int maximum, Func<string, ImsError>? error = null)
        {
            var value = Get(name);
            if (value is null)
            {
                return null;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var result) && result >= minimum && result <= maximum)
            {
                return result;
            }

            var range = maximum == int.MaxValue ? $"at least {minimum}" : $"from {minimum} to {maximum}";
            throw new ImsRequestException((error ?? ImsErrors.InvalidRequest)($"{name} '{value}' is not an integer {range}."));
        }

        private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }
}
