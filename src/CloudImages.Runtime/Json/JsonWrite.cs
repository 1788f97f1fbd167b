using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace CloudImages.Runtime
{
    /// <summary>Writes request body members for generated writers: one overload per wire kind, so the generated code
    /// is one call per member. A null value writes nothing (the member is omitted); times use
    /// <see cref="WireText.TimeLayout"/>, the layout queries use, and enumerations their wire value.</summary>
    public static class JsonWrite
    {
        /// <summary>Writes <c>"name": "value"</c> unless <paramref name="value"/> is null.</summary>
        /// <param name="writer">The writer, inside an object.</param>
        /// <param name="utf8Name">The member's wire name, as UTF-8 (a <c>u8</c> literal: no transcoding per write).</param>
        /// <param name="value">The value.</param>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, string? value)
        {
            if (value is not null)
            {
                writer.WriteString(utf8Name, value);
            }
        }

        /// <inheritdoc cref="Member(Utf8JsonWriter, ReadOnlySpan{byte}, string?)"/>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, bool? value)
        {
            if (value.HasValue)
            {
                writer.WriteBoolean(utf8Name, value.GetValueOrDefault());
            }
        }

        /// <inheritdoc cref="Member(Utf8JsonWriter, ReadOnlySpan{byte}, string?)"/>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, int? value)
        {
            if (value.HasValue)
            {
                writer.WriteNumber(utf8Name, value.GetValueOrDefault());
            }
        }

        /// <inheritdoc cref="Member(Utf8JsonWriter, ReadOnlySpan{byte}, string?)"/>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, long? value)
        {
            if (value.HasValue)
            {
                writer.WriteNumber(utf8Name, value.GetValueOrDefault());
            }
        }

        /// <inheritdoc cref="Member(Utf8JsonWriter, ReadOnlySpan{byte}, string?)"/>
        /// <exception cref="ArgumentException">The value is NaN or infinite, which JSON cannot hold.</exception>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, double? value)
        {
            if (value.HasValue)
            {
                writer.WriteNumber(utf8Name, value.GetValueOrDefault());
            }
        }

        /// <inheritdoc cref="Member(Utf8JsonWriter, ReadOnlySpan{byte}, string?)"/>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, DateTimeOffset? value) => Member(writer, utf8Name, value, WireText.TimeLayout);

        /// <summary>Writes a time in UTC in <paramref name="layout"/> (see <see cref="WireText"/>), unless it is null.</summary>
        /// <param name="writer">The writer, inside an object.</param>
        /// <param name="utf8Name">The member's wire name, as UTF-8 (a <c>u8</c> literal: no transcoding per write).</param>
        /// <param name="value">The value.</param>
        /// <param name="layout">The layout the spec gives.</param>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, DateTimeOffset? value, string layout)
        {
            if (value.HasValue)
            {
#if NET
                // Formatted on the stack: the body writer allocates nothing beyond its buffer.
                Span<char> text = stackalloc char[32];
                if (value.GetValueOrDefault().UtcDateTime.TryFormat(text, out var written, layout, CultureInfo.InvariantCulture))
                {
                    writer.WriteString(utf8Name, text.Slice(0, written));
                    return;
                }
#endif
                writer.WriteString(utf8Name, WireText.Of(value, layout));
            }
        }

        /// <inheritdoc cref="Member(Utf8JsonWriter, ReadOnlySpan{byte}, string?)"/>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, JsonElement? value)
        {
            if (value.HasValue)
            {
                writer.WritePropertyName(utf8Name);
                value.GetValueOrDefault().WriteTo(writer);
            }
        }

        /// <inheritdoc cref="Member(Utf8JsonWriter, ReadOnlySpan{byte}, string?)"/>
        /// <typeparam name="TEnum">The generated enumeration.</typeparam>
        public static void Member<TEnum>(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, TEnum? value)
            where TEnum : struct, IApiEnum
        {
            if (value.HasValue)
            {
                writer.WriteString(utf8Name, value.GetValueOrDefault().Value);
            }
        }

        /// <summary>Writes <c>"name": null</c> when <paramref name="sendNull"/> is true: a member documented to take null
        /// (<see cref="ApiOptional{T}"/>) that is set to null.</summary>
        /// <param name="writer">The writer, inside an object.</param>
        /// <param name="utf8Name">The member's wire name, as UTF-8 (a <c>u8</c> literal: no transcoding per write).</param>
        /// <param name="sendNull">Whether the member is set to null.</param>
        public static void NullWhen(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, bool sendNull)
        {
            if (sendNull)
            {
                writer.WriteNull(utf8Name);
            }
        }

        /// <summary>Writes an array of scalars unless <paramref name="values"/> is null.</summary>
        /// <param name="writer">The writer, inside an object.</param>
        /// <param name="utf8Name">The member's wire name, as UTF-8 (a <c>u8</c> literal: no transcoding per write).</param>
        /// <param name="values">The values; a null item is written as null.</param>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, IReadOnlyList<string>? values) =>
            Array(writer, utf8Name, values, static (w, v) =>
            {
                if (v is null)
                {
                    w.WriteNullValue();
                }
                else
                {
                    w.WriteStringValue(v);
                }
            });

        /// <inheritdoc cref="Member(Utf8JsonWriter, ReadOnlySpan{byte}, IReadOnlyList{string}?)"/>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, IReadOnlyList<int>? values) =>
            Array(writer, utf8Name, values, static (w, v) => w.WriteNumberValue(v));

        /// <inheritdoc cref="Member(Utf8JsonWriter, ReadOnlySpan{byte}, IReadOnlyList{string}?)"/>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, IReadOnlyList<long>? values) =>
            Array(writer, utf8Name, values, static (w, v) => w.WriteNumberValue(v));

        /// <inheritdoc cref="Member(Utf8JsonWriter, ReadOnlySpan{byte}, IReadOnlyList{string}?)"/>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, IReadOnlyList<double>? values) =>
            Array(writer, utf8Name, values, static (w, v) => w.WriteNumberValue(v));

        /// <inheritdoc cref="Member(Utf8JsonWriter, ReadOnlySpan{byte}, IReadOnlyList{string}?)"/>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, IReadOnlyList<bool>? values) =>
            Array(writer, utf8Name, values, static (w, v) => w.WriteBooleanValue(v));

        /// <inheritdoc cref="Member(Utf8JsonWriter, ReadOnlySpan{byte}, IReadOnlyList{string}?)"/>
        public static void Member(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, IReadOnlyList<DateTimeOffset>? values) =>
            Array(writer, utf8Name, values, static (w, v) => w.WriteStringValue(WireText.Of(v)));

        /// <inheritdoc cref="Member(Utf8JsonWriter, ReadOnlySpan{byte}, IReadOnlyList{string}?)"/>
        /// <typeparam name="TEnum">The generated enumeration.</typeparam>
        public static void Member<TEnum>(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, IReadOnlyList<TEnum>? values)
            where TEnum : struct, IApiEnum =>
            Array(writer, utf8Name, values, static (w, v) => w.WriteStringValue(v.Value));

        /// <summary>Writes an array of request objects with their emitted writer, unless <paramref name="values"/> is null.</summary>
        /// <typeparam name="T">The request object type.</typeparam>
        /// <param name="writer">The writer, inside an object.</param>
        /// <param name="utf8Name">The member's wire name, as UTF-8 (a <c>u8</c> literal: no transcoding per write).</param>
        /// <param name="values">The objects; a null item is written as null.</param>
        /// <param name="write">The emitted writer of one object.</param>
        public static void Objects<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, IReadOnlyList<T>? values, Action<Utf8JsonWriter, T> write)
            where T : class
        {
            if (values is null)
            {
                return;
            }

            writer.WriteStartArray(utf8Name);
            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i];
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    write(writer, value);
                }
            }

            writer.WriteEndArray();
        }

        /// <summary>Writes a request object with its emitted writer, unless <paramref name="value"/> is null.</summary>
        /// <typeparam name="T">The request object type.</typeparam>
        /// <param name="writer">The writer, inside an object.</param>
        /// <param name="utf8Name">The member's wire name, as UTF-8 (a <c>u8</c> literal: no transcoding per write).</param>
        /// <param name="value">The object.</param>
        /// <param name="write">The emitted writer of the object.</param>
        public static void Object<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, T? value, Action<Utf8JsonWriter, T> write)
            where T : class
        {
            if (value is not null)
            {
                writer.WritePropertyName(utf8Name);
                write(writer, value);
            }
        }

        private static void Array<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8Name, IReadOnlyList<T>? values, Action<Utf8JsonWriter, T> write)
        {
            if (values is null)
            {
                return;
            }

            writer.WriteStartArray(utf8Name);
            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i];
                write(writer, value);
            }

            writer.WriteEndArray();
        }
    }
}
