using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;

namespace CloudImages.Runtime
{
    /// <summary>A JSON Patch document (RFC 6902) of typed operations. A generated subclass has one method per
    /// documented attribute and operation (ReplaceName, RemoveSupportXen), so only documented paths are written;
    /// extension attributes, where the API allows them, go through the checked extension methods.</summary>
    public abstract class ApiJsonPatch : IReadOnlyList<ApiPatchOperation>
    {
        private readonly List<ApiPatchOperation> _operations = new();

        /// <summary>The number of operations.</summary>
        public int Count => _operations.Count;

        /// <summary>The operation at <paramref name="index"/>, in the order they are sent.</summary>
        /// <param name="index">The position.</param>
        public ApiPatchOperation this[int index] => _operations[index];

        /// <summary>Writes the document: an array of <c>{"op", "path", "value"}</c> objects in the order they were added.</summary>
        /// <param name="writer">The writer.</param>
        /// <param name="patch">The document.</param>
        public static void Write(Utf8JsonWriter writer, ApiJsonPatch patch)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ArgumentNullException.ThrowIfNull(patch);
            writer.WriteStartArray();
            foreach (var operation in patch._operations)
            {
                writer.WriteStartObject();
                writer.WriteString("op"u8, operation.Op);
                writer.WriteString("path"u8, operation.Path);
                if (operation.Value is { } value)
                {
                    writer.WritePropertyName("value"u8);
                    value.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        /// <inheritdoc/>
        public IEnumerator<ApiPatchOperation> GetEnumerator() => _operations.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Adds an operation on a documented attribute (generated code).</summary>
        /// <param name="op">add, replace or remove.</param>
        /// <param name="path">The attribute's JSON Pointer, such as /name.</param>
        /// <param name="value">The value; null for remove.</param>
        protected void Append(string op, string path, ApiPatchValue? value) =>
            _operations.Add(new ApiPatchOperation(op, path, value));

        /// <summary>Adds an operation on an extension attribute, after checking its name.</summary>
        /// <param name="op">add, replace or remove.</param>
        /// <param name="name">The attribute's name, without the leading '/'.</param>
        /// <param name="value">The value; null for remove.</param>
        /// <param name="pattern">The documented pattern of extension names, or null.</param>
        /// <param name="documented">The documented attributes' names, which have methods of their own.</param>
        /// <exception cref="ArgumentException">The name is empty, holds '/' or '~', does not match the pattern, or is a
        /// documented attribute.</exception>
        protected void AppendExtension(string op, string name, ApiPatchValue? value, string? pattern, IReadOnlyList<string> documented)
        {
            ArgumentNullException.ThrowIfNull(name);
            ArgumentNullException.ThrowIfNull(documented);
            if (name.Length == 0 || name.IndexOf('/') >= 0 || name.IndexOf('~') >= 0)
            {
                throw new ArgumentException($"An extension attribute name is one non-empty segment without '/' or '~'; got '{MessageText.Escape(name)}'.", nameof(name));
            }

            if (pattern is not null && !RuleLogic.MatchesPattern(pattern, name))
            {
                throw new ArgumentException($"The extension attribute name '{MessageText.Escape(name)}' does not match the documented pattern {pattern}.", nameof(name));
            }

            foreach (var known in documented)
            {
                if (string.Equals(known, name, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"'{name}' is a documented attribute: use its own method, which writes its documented type.", nameof(name));
                }
            }

            _operations.Add(new ApiPatchOperation(op, "/" + name, value));
        }
    }

    /// <summary>One JSON Patch operation.</summary>
    public readonly struct ApiPatchOperation
    {
        /// <summary>Creates an operation.</summary>
        /// <param name="op">add, replace or remove.</param>
        /// <param name="path">The JSON Pointer.</param>
        /// <param name="value">The value; null for remove.</param>
        public ApiPatchOperation(string op, string path, ApiPatchValue? value)
        {
            Op = op;
            Path = path;
            Value = value;
        }

        /// <summary>add, replace or remove.</summary>
        public string Op { get; }

        /// <summary>The JSON Pointer of the attribute, such as /name.</summary>
        public string Path { get; }

        /// <summary>The value; null for remove.</summary>
        public ApiPatchValue? Value { get; }
    }

    /// <summary>A JSON Patch value: a string, or a JSON literal (number or boolean) in its wire text.</summary>
    public readonly struct ApiPatchValue
    {
        private ApiPatchValue(string text, bool isString)
        {
            Text = text;
            IsString = isString;
        }

        /// <summary>The wire text.</summary>
        public string Text { get; }

        /// <summary>True when the value is written as a JSON string.</summary>
        public bool IsString { get; }

        /// <summary>A JSON string.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The value.</returns>
        public static ApiPatchValue String(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), true);

        /// <summary>A JSON number or boolean, from its wire text (<see cref="WireText"/>).</summary>
        /// <param name="literal">The text, such as true or 2048.</param>
        /// <returns>The value.</returns>
        public static ApiPatchValue Literal(string literal) => new(literal ?? throw new ArgumentNullException(nameof(literal)), false);

        /// <summary>Writes the value.</summary>
        /// <param name="writer">The writer.</param>
        /// <exception cref="JsonException">A literal that is not a JSON number or boolean (NaN, for example).</exception>
        public void WriteTo(Utf8JsonWriter writer)
        {
            if (IsString)
            {
                writer.WriteStringValue(Text);
            }
            else
            {
                writer.WriteRawValue(Text, skipInputValidation: false);
            }
        }
    }
}
