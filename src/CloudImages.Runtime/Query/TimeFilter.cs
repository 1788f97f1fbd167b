using System;
using System.Globalization;

namespace CloudImages.Runtime
{
    /// <summary>An operator-prefixed UTC time filter, written as <c>lt:2018-10-28T10:00:00Z</c>.</summary>
    /// <remarks>Build one with <see cref="LessThan"/> and friends, or from text. Text is kept exactly as given,
    /// in either documented layout (<c>yyyy-MM-ddThh:mm:ssZ</c> or <c>yyyy-MM-dd hh:mm:ss</c>); text that is not
    /// a valid filter is kept too, and reported by the query's <c>Validate()</c> before anything is sent.
    /// Times are sent in UTC with whole seconds.</remarks>
    public readonly struct TimeFilter : IEquatable<TimeFilter>
    {
        private readonly string? _text;

        /// <summary>Creates a filter.</summary>
        public TimeFilter(TimeFilterOperator @operator, DateTimeOffset time)
        {
            if ((uint)@operator > (uint)TimeFilterOperator.NotEqual)
            {
                throw new ArgumentOutOfRangeException(nameof(@operator));
            }

            var utc = time.ToUniversalTime();
            Operator = @operator;
            Time = new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            IsValid = true;
            _text = null;
        }

        private TimeFilter(string text)
        {
            _text = text;
            IsValid = WireFormats.TryParseTimeFilter(text, out var index, out var time);
            Operator = IsValid ? (TimeFilterOperator)index : default;
            Time = IsValid ? time : default;
        }

        /// <summary>The comparison.</summary>
        public TimeFilterOperator Operator { get; }

        /// <summary>The UTC time.</summary>
        public DateTimeOffset Time { get; }

        /// <summary>False when built from text that is not a documented filter.</summary>
        public bool IsValid { get; }

        /// <summary><c>gt:</c> later than <paramref name="time"/>.</summary>
        public static TimeFilter GreaterThan(DateTimeOffset time) => new(TimeFilterOperator.GreaterThan, time);

        /// <summary><c>gte:</c> at or later than <paramref name="time"/>.</summary>
        public static TimeFilter GreaterThanOrEqual(DateTimeOffset time) => new(TimeFilterOperator.GreaterThanOrEqual, time);

        /// <summary><c>lt:</c> earlier than <paramref name="time"/>.</summary>
        public static TimeFilter LessThan(DateTimeOffset time) => new(TimeFilterOperator.LessThan, time);

        /// <summary><c>lte:</c> at or earlier than <paramref name="time"/>.</summary>
        public static TimeFilter LessThanOrEqual(DateTimeOffset time) => new(TimeFilterOperator.LessThanOrEqual, time);

        /// <summary><c>eq:</c> at <paramref name="time"/>.</summary>
        public static TimeFilter EqualTo(DateTimeOffset time) => new(TimeFilterOperator.Equal, time);

        /// <summary><c>neq:</c> not at <paramref name="time"/>.</summary>
        public static TimeFilter NotEqualTo(DateTimeOffset time) => new(TimeFilterOperator.NotEqual, time);

        /// <summary>Parses a filter, throwing <see cref="FormatException"/> when it is not a documented one.</summary>
        public static TimeFilter Parse(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            var filter = new TimeFilter(text);
            return filter.IsValid ? filter : throw new FormatException($"'{text}' is not a time filter such as lt:2018-10-28T10:00:00Z.");
        }

        /// <summary>Parses a filter.</summary>
        public static bool TryParse(string? text, out TimeFilter filter)
        {
            filter = text is null ? default : new TimeFilter(text);
            return text is not null && filter.IsValid;
        }

        /// <summary>Keeps <paramref name="text"/> as the wire value; see the remarks on <see cref="TimeFilter"/>.</summary>
        public static implicit operator TimeFilter(string text) => new(text ?? throw new ArgumentNullException(nameof(text)));

        /// <summary>Equality of the wire text.</summary>
        public static bool operator ==(TimeFilter left, TimeFilter right) => left.Equals(right);

        /// <summary>Inequality of the wire text.</summary>
        public static bool operator !=(TimeFilter left, TimeFilter right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(TimeFilter other) => string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TimeFilter other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

        /// <summary>The wire text.</summary>
        public override string ToString()
        {
            if (_text is not null)
            {
                return _text;
            }

            Span<char> buffer = stackalloc char[32];
            return TryFormat(buffer, out var written) ? new string(buffer[..written]) : string.Empty;
        }

        /// <summary>Writes the wire text without allocating.</summary>
        public bool TryFormat(Span<char> destination, out int charsWritten)
        {
            if (_text is not null)
            {
                charsWritten = _text.Length;
                return _text.AsSpan().TryCopyTo(destination);
            }

            charsWritten = 0;
            var op = WireFormats.TimeOperators[(int)Operator];
            if (!op.AsSpan().TryCopyTo(destination) || destination.Length < op.Length + 1)
            {
                return false;
            }

            destination[op.Length] = ':';
            if (!Time.UtcDateTime.TryFormat(destination[(op.Length + 1)..], out var timeLength, WireText.TimeLayout, CultureInfo.InvariantCulture))
            {
                return false;
            }

            charsWritten = op.Length + 1 + timeLength;
            return true;
        }
    }
}
