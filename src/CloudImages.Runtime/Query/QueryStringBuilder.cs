using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace CloudImages.Runtime
{
    /// <summary>Builds a request path and query string with RFC 3986 percent-encoding, into a caller-supplied
    /// buffer, so that a whole request URI costs one string allocation.</summary>
    /// <remarks>Only the unreserved characters (A-Z a-z 0-9 - . _ ~) are written as they are; every other
    /// character is written as the percent-encoded bytes of its UTF-8 form (a space is %20, never '+').</remarks>
    public ref struct QueryStringBuilder
    {
        private const string Hex = "0123456789ABCDEF";

        // RFC 3986's unreserved characters, the only ones written as they are.
        private static readonly SearchValues<char> Unreserved =
            SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
        private char[]? _rented;
        private Span<char> _chars;
        private int _length;
        private bool _hasQuery;

        /// <summary>Starts with <paramref name="initialBuffer"/>, usually stack memory; grows from the array pool.</summary>
        public QueryStringBuilder(Span<char> initialBuffer)
        {
            _rented = null;
            _chars = initialBuffer;
            _length = 0;
            _hasQuery = false;
        }

        /// <summary>The characters written so far.</summary>
        public readonly ReadOnlySpan<char> Written => _chars[.._length];

        /// <summary>Appends literal path text from a path template, as it is.</summary>
        public void AppendLiteral(string text) => AppendRaw(text.AsSpan());

        /// <summary>Appends a path parameter value, percent-encoded (a '/' in the value is encoded too).</summary>
        /// <param name="query">The query the value belongs to, whose rules explain a refusal.</param>
        /// <param name="wireName">The path parameter's name.</param>
        /// <param name="value">The value.</param>
        /// <exception cref="ApiValidationException">The value is null, empty, '.' or '..' (also percent-encoded), so the
        /// request would leave its path. Refused even when the client's rule check is turned off.</exception>
        public void AppendPathValue(IApiQuery query, string wireName, string? value)
        {
            if (value is null || !WireFormats.IsValidPathSegment(value))
            {
                throw new ApiValidationException(query.OperationName, ApiRules.Validate(query));
            }

            AppendEncoded(value.AsSpan());
        }

        // One overload per parameter kind: generated queries call Append(name, property) whatever its type, and
        // an unset (null) value appends nothing. The text is WireText's, formatted into the buffer without a string.

        /// <summary>Appends <c>name=value</c>; nothing when the value is null.</summary>
        public void Append(string name, string? value)
        {
            if (value is not null)
            {
                StartParameter(name);
                AppendEncoded(value.AsSpan());
            }
        }

        /// <summary>Appends <c>name=true</c> or <c>name=false</c>.</summary>
        public void Append(string name, bool value) => Append(name, WireText.Of(value));

        /// <summary>Appends <c>name=value</c>.</summary>
        public void Append(string name, int value) => AppendFormatted(name, value, default);

        /// <summary>Appends <c>name=value</c>.</summary>
        public void Append(string name, long value) => AppendFormatted(name, value, default);

        /// <summary>Appends <c>name=value</c> with the shortest round-trip form.</summary>
        public void Append(string name, double value) => AppendFormatted(name, value, WireText.NumberFormat);

        /// <summary>Appends <c>name=yyyy-MM-ddTHH:mm:ssZ</c> in UTC.</summary>
        public void Append(string name, DateTimeOffset value) => AppendFormatted(name, value.UtcDateTime, WireText.TimeLayout);

        /// <summary>Appends <c>name=op:time</c>.</summary>
        public void Append(string name, TimeFilter value)
        {
            StartParameter(name);
            Span<char> buffer = stackalloc char[64];
            if (value.TryFormat(buffer, out var written))
            {
                AppendEncoded(buffer[..written]);
            }
            else
            {
                AppendEncoded(value.ToString().AsSpan());
            }
        }

        /// <summary>Appends <c>name=key%3Dvalue</c>.</summary>
        public void Append(string name, KeyValueFilter value) => Append(name, value.ToString());

        /// <summary>Appends an open enumeration's wire value.</summary>
        public void Append<TEnum>(string name, TEnum value)
            where TEnum : struct, IApiEnum => Append(name, value.Value);

        /// <summary>Appends <c>name=value</c>; nothing when the value is null.</summary>
        public void Append(string name, bool? value)
        {
            if (value.HasValue)
            {
                Append(name, value.GetValueOrDefault());
            }
        }

        /// <inheritdoc cref="Append(string, bool?)"/>
        public void Append(string name, int? value)
        {
            if (value.HasValue)
            {
                Append(name, value.GetValueOrDefault());
            }
        }

        /// <inheritdoc cref="Append(string, bool?)"/>
        public void Append(string name, long? value)
        {
            if (value.HasValue)
            {
                Append(name, value.GetValueOrDefault());
            }
        }

        /// <inheritdoc cref="Append(string, bool?)"/>
        public void Append(string name, double? value)
        {
            if (value.HasValue)
            {
                Append(name, value.GetValueOrDefault());
            }
        }

        /// <inheritdoc cref="Append(string, bool?)"/>
        public void Append(string name, DateTimeOffset? value)
        {
            if (value.HasValue)
            {
                Append(name, value.GetValueOrDefault());
            }
        }

        /// <summary>Appends <c>name=time</c> in UTC in <paramref name="layout"/> (see <see cref="WireText"/>), unless null.</summary>
        public void Append(string name, DateTimeOffset? value, string layout)
        {
            if (value.HasValue)
            {
                AppendFormatted(name, value.GetValueOrDefault().UtcDateTime, layout);
            }
        }

        /// <inheritdoc cref="Append(string, bool?)"/>
        public void Append(string name, TimeFilter? value)
        {
            if (value.HasValue)
            {
                Append(name, value.GetValueOrDefault());
            }
        }

        /// <inheritdoc cref="Append(string, bool?)"/>
        public void Append(string name, KeyValueFilter? value)
        {
            if (value.HasValue)
            {
                Append(name, value.GetValueOrDefault());
            }
        }

        /// <inheritdoc cref="Append(string, bool?)"/>
        public void Append<TEnum>(string name, TEnum? value)
            where TEnum : struct, IApiEnum
        {
            if (value.HasValue)
            {
                Append(name, value.GetValueOrDefault().Value);
            }
        }

        /// <summary>Appends <c>name=true</c> for a flag that is true; false and null send nothing.</summary>
        public void AppendFlag(string name, bool? value) => Append(name, WireText.Flag(value));

        /// <summary>The text built, as one new string.</summary>
        public override readonly string ToString() => _chars[.._length].ToString();

        /// <summary>Returns pooled memory.</summary>
        public void Dispose()
        {
            if (_rented is { } rented)
            {
                _rented = null;
                _chars = default;
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        private void StartParameter(string name)
        {
            Append1(_hasQuery ? '&' : '?');
            _hasQuery = true;
            AppendEncoded(name.AsSpan());
            Append1('=');
        }

        private void AppendFormatted<T>(string name, T value, string? format)
#if NET
            where T : ISpanFormattable
#else
            where T : IFormattable // TryFormat: Compatibility/FormattableExtensions.cs
#endif
        {
            StartParameter(name);
            Span<char> buffer = stackalloc char[40];
            if (value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture))
            {
                AppendEncoded(buffer[..written]);
            }
            else
            {
                AppendEncoded(value.ToString(format, CultureInfo.InvariantCulture).AsSpan());
            }
        }

        private void AppendEncoded(scoped ReadOnlySpan<char> text)
        {
            while (!text.IsEmpty)
            {
                // Runs of unreserved characters, most of any name or value, are copied whole.
                var run = text.IndexOfAnyExcept(Unreserved);
                if (run < 0)
                {
                    AppendRaw(text);
                    return;
                }

                AppendRaw(text[..run]);
                var encoded = AppendPercentEncoded(text[run..]);
                text = text[(run + encoded)..];
            }
        }

        // Writes the first character (or surrogate pair) of text as %XX per UTF-8 byte; returns the chars consumed.
        private int AppendPercentEncoded(scoped ReadOnlySpan<char> text)
        {
            var consumed = 1;
            Rune rune;
            if (char.IsHighSurrogate(text[0]) && text.Length > 1 && char.IsLowSurrogate(text[1]))
            {
                rune = new Rune(text[0], text[1]);
                consumed = 2;
            }
            else
            {
                rune = Rune.TryCreate(text[0], out var single) ? single : Rune.ReplacementChar;
            }

            Span<byte> utf8 = stackalloc byte[4];
            var count = rune.EncodeToUtf8(utf8);
            if (_length + (3 * count) > _chars.Length)
            {
                Grow(3 * count);
            }

            for (var b = 0; b < count; b++)
            {
                _chars[_length] = '%';
                _chars[_length + 1] = Hex[utf8[b] >> 4];
                _chars[_length + 2] = Hex[utf8[b] & 0xF];
                _length += 3;
            }

            return consumed;
        }

        private void AppendRaw(scoped ReadOnlySpan<char> text)
        {
            if (_length + text.Length > _chars.Length)
            {
                Grow(text.Length);
            }

            text.CopyTo(_chars[_length..]);
            _length += text.Length;
        }

        private void Append1(char c)
        {
            if (_length == _chars.Length)
            {
                Grow(1);
            }

            _chars[_length++] = c;
        }

        private void Grow(int needed)
        {
            var next = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + needed + 64));
            _chars[.._length].CopyTo(next);
            if (_rented is { } old)
            {
                ArrayPool<char>.Shared.Return(old);
            }

            _rented = next;
            _chars = next;
        }
    }
}
