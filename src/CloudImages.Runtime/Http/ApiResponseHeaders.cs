using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;

namespace CloudImages.Runtime
{
    /// <summary>The headers of a success response, response and content headers alike, read as typed values for the
    /// header-bound properties of a generated result.</summary>
    /// <remarks>Each read takes the header's first value, or null when the response does not have the header. A value
    /// that is not of the documented type raises an <see cref="ApiException"/> of
    /// <see cref="ApiFailureKind.InvalidResponse"/> that names the header and shows the start of its value.</remarks>
    public readonly struct ApiResponseHeaders
    {
        // The start of a malformed value that a message shows; the message escapes what is not printable.
        private const int ShownValueLength = 64;

        private static readonly string[] IsoLayouts =
        [
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
            "yyyy-MM-dd'T'HH:mm:ssK",
            "yyyy-MM-dd'T'HH:mmK",
            "yyyy-MM-dd",
            .. WireFormats.TimeLayouts,
        ];

        private readonly HttpResponseMessage? _response;
        private readonly ApiOperation? _operation;
        private readonly string? _requestId;

        internal ApiResponseHeaders(HttpResponseMessage response, ApiOperation operation, string? requestId)
        {
            _response = response;
            _operation = operation;
            _requestId = requestId;
        }

        /// <summary>The header's first value as sent; null when the response does not have the header.</summary>
        /// <param name="name">The header's name, in any case.</param>
        public string? String(string name)
        {
            ArgumentNullException.ThrowIfNull(name);
            return _response is null ? null : First(_response.Headers, name) ?? First(_response.Content?.Headers, name);
        }

        /// <summary>The header as a 32-bit integer in invariant notation; null when absent.</summary>
        /// <param name="name">The header's name, in any case.</param>
        /// <exception cref="ApiException">The value is not such an integer (<see cref="ApiFailureKind.InvalidResponse"/>).</exception>
        public int? Int32(string name) =>
            String(name) is not { } text ? null
            : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
            : throw Invalid(name, text, "a 32-bit integer");

        /// <summary>The header as a 64-bit integer in invariant notation; null when absent.</summary>
        /// <param name="name">The header's name, in any case.</param>
        /// <exception cref="ApiException">The value is not such an integer (<see cref="ApiFailureKind.InvalidResponse"/>).</exception>
        public long? Int64(string name) =>
            String(name) is not { } text ? null
            : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
            : throw Invalid(name, text, "a 64-bit integer");

        /// <summary>The header as <c>true</c> or <c>false</c>, in any case; null when absent.</summary>
        /// <param name="name">The header's name, in any case.</param>
        /// <exception cref="ApiException">The value is neither (<see cref="ApiFailureKind.InvalidResponse"/>).</exception>
        public bool? Boolean(string name) =>
            String(name) is not { } text ? null
            : bool.TryParse(text, out var value) ? value
            : throw Invalid(name, text, "true or false");

        /// <summary>The header as a time: an HTTP date (RFC 1123, such as <c>Sun, 06 Nov 1994 08:49:37 GMT</c>) or
        /// ISO 8601 (UTC when it names no offset); null when absent.</summary>
        /// <param name="name">The header's name, in any case.</param>
        /// <exception cref="ApiException">The value is neither (<see cref="ApiFailureKind.InvalidResponse"/>).</exception>
        public DateTimeOffset? DateTime(string name)
        {
            if (String(name) is not { } text)
            {
                return null;
            }

            var trimmed = text.Trim();
            return DateTimeOffset.TryParseExact(trimmed, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var http)
                ? http
                : DateTimeOffset.TryParseExact(trimmed, IsoLayouts, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso)
                    ? iso
                    : throw Invalid(name, text, "an HTTP date or an ISO 8601 time");
        }

        private static string? First(HttpHeaders? headers, string name)
        {
#if NET
            // Unvalidated: the value as sent, without the parsing and copying of the validated view.
            if (headers is null || !headers.NonValidated.TryGetValues(name, out var values))
#else
            if (headers is null || !headers.TryGetValues(name, out var values))
#endif
            {
                return null;
            }

            foreach (var value in values)
            {
                return value;
            }

            return null;
        }

        private ApiException Invalid(string name, string text, string expected)
        {
            var shown = text.Length <= ShownValueLength ? text : text.Substring(0, ShownValueLength) + "...";
            return new ApiException(
                ApiFailureKind.InvalidResponse,
                _operation!.Name,
                _response!.StatusCode,
                null,
                null,
                _requestId,
                null,
                $"The {name} header is '{shown}', which is not {expected}");
        }
    }
}
