using System;
using System.Collections.Generic;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>A JSON object of a request body, with typed reads that refuse a wrong type with IMG.0001 naming the
    /// member (<c>data_images[1].volume_id</c>), so a malformed body is a 400, never a 500.</summary>
    internal readonly struct JsonBody
    {
        private readonly JsonElement _element;
        private readonly string _path;

        private JsonBody(JsonElement element, string path)
        {
            _element = element;
            _path = path;
        }

        /// <summary>The object a request sent.</summary>
        /// <exception cref="ImsRequestException">No body (IMG.0007), not JSON, or not an object (IMG.0001).</exception>
        public static JsonBody Parse(byte[] body)
        {
            var root = ParseElement(body);
            return root.ValueKind == JsonValueKind.Object
                ? new JsonBody(root, string.Empty)
                : throw new ImsRequestException(ImsErrors.InvalidRequest("the body is not a JSON object."));
        }

        /// <summary>The JSON value a request sent, of any kind (a JSON Patch body is an array).</summary>
        /// <exception cref="ImsRequestException">No body (IMG.0007), or not JSON (IMG.0001).</exception>
        public static JsonElement ParseElement(byte[] body)
        {
            if (body.Length == 0)
            {
                throw ImsErrors.Refuse("IMG.0007");
            }

            try
            {
                using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
                return document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest("the body is not JSON: " + ex.Message));
            }
        }

        /// <summary>Where this object is in the body, such as <c>image_tags[1]</c>; empty for the body itself.</summary>
        public string Path => _path;

        /// <summary>The element itself (for an array of values, or to copy it).</summary>
        public JsonElement Element => _element;

        /// <summary>True when the member is present (even as null).</summary>
        public bool Has(string name) => _element.TryGetProperty(name, out _);

        /// <summary>The names of the members present.</summary>
        public IEnumerable<string> Names()
        {
            foreach (var property in _element.EnumerateObject())
            {
                yield return property.Name;
            }
        }

        public string? String(string name) => Read(name, JsonValueKind.String, "a string") is { } e ? Text(e, Member(name)) : null;

        public string RequiredString(string name) => String(name) ?? throw Missing(name);

        public bool? Bool(string name) => Read(name, JsonValueKind.True, "true or false") is { } e ? e.GetBoolean() : null;

        public int? Int(string name) => Read(name, JsonValueKind.Number, "an integer") is { } e
            ? (e.TryGetInt32(out var value) ? value : throw Wrong(name, "an integer"))
            : null;

        public long? Long(string name) => Read(name, JsonValueKind.Number, "an integer") is { } e
            ? (e.TryGetInt64(out var value) ? value : throw Wrong(name, "an integer"))
            : null;

        public JsonBody? Object(string name) => Read(name, JsonValueKind.Object, "an object") is { } e ? new JsonBody(e, Member(name)) : null;

        public JsonBody RequiredObject(string name) => Object(name) ?? throw Missing(name);

        /// <summary>An array of objects; null when absent.</summary>
        public IReadOnlyList<JsonBody>? Objects(string name)
        {
            if (Read(name, JsonValueKind.Array, "an array") is not { } array)
            {
                return null;
            }

            var items = new List<JsonBody>();
            foreach (var item in array.EnumerateArray())
            {
                var path = $"{Member(name)}[{items.Count}]";
                items.Add(item.ValueKind == JsonValueKind.Object
                    ? new JsonBody(item, path)
                    : throw new ImsRequestException(ImsErrors.InvalidRequest($"{path} must be an object.")));
            }

            return items;
        }

        /// <summary>An array of strings; null when absent.</summary>
        public IReadOnlyList<string>? Strings(string name)
        {
            if (Read(name, JsonValueKind.Array, "an array") is not { } array)
            {
                return null;
            }

            var items = new List<string>();
            foreach (var item in array.EnumerateArray())
            {
                items.Add(item.ValueKind == JsonValueKind.String
                    ? Text(item, $"{Member(name)}[{items.Count}]")
                    : throw new ImsRequestException(ImsErrors.InvalidRequest($"{Member(name)}[{items.Count}] must be a string.")));
            }

            return items;
        }

        /// <summary>A refusal that names <paramref name="name"/> of this object.</summary>
        public ImsRequestException Missing(string name) => new(ImsErrors.InvalidRequest($"{Member(name)} is missing."));

        public ImsRequestException Wrong(string name, string expected) => new(ImsErrors.InvalidRequest($"{Member(name)} must be {expected}."));

        /// <summary>The member's path from the body's root, such as <c>image_tags[0].key</c>.</summary>
        public string Member(string name) => _path.Length == 0 ? name : _path + "." + name;

        /// <summary>The string member <paramref name="member"/> of <paramref name="item"/>, an element of a body that is
        /// not an object (a JSON Patch operation); <paramref name="at"/> names the element in a refusal.</summary>
        /// <returns>Null when absent or null.</returns>
        public static string? TextOf(JsonElement item, string member, string at) =>
            !item.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.String ? Text(value, $"{at}.{member}")
            : throw new ImsRequestException(ImsErrors.InvalidRequest($"{at}.{member} must be a string."));

        /// <summary>A string's text; one that escapes half of a surrogate pair (<c>"\ud800"</c>) is no text.</summary>
        public static string Text(JsonElement value, string member)
        {
            try
            {
                return value.GetString()!;
            }
            catch (InvalidOperationException)
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest($"{member} is not valid UTF-16 text."));
            }
        }

        // Null and absent are alike: the member is not given.
        private JsonElement? Read(string name, JsonValueKind kind, string expected)
        {
            if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var fits = value.ValueKind == kind || (kind == JsonValueKind.True && value.ValueKind == JsonValueKind.False);
            return fits ? value : throw Wrong(name, expected);
        }
    }
}
