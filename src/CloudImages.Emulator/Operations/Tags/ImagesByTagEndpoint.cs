using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>POST /v2/{project_id}/images/resource_instances/action: the caller's own images that pass the tag
    /// conditions and matches, counted (count) or a page of them after <c>offset</c> (filter), in catalogue order.</summary>
    internal static class ImagesByTagEndpoint
    {
        public static Route Route { get; } = Route.For("ListImagesByTag", "POST", "/v2/{project_id}/images/resource_instances/action", Handle);

        private const int MaxMatchValueLength = 255;

        private static readonly string[] Actions = { "filter", "count" };

        private static readonly string[] MatchKeys = { "resource_name", "resource_id" };

        private static ImsResponse Handle(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            var action = body.RequiredString("action");
            if (!Actions.Contains(action, StringComparer.Ordinal))
            {
                throw body.Wrong("action", "filter or count (case sensitive)");
            }

            var filter = Filter(body);
            var page = action == "filter";

            // limit and offset are strings on the wire ("limit": "1"); a count ignores them.
            var limit = page ? Whole(body, "limit", 10, 1, 1000) : 0;
            var offset = page ? Whole(body, "offset", 0, 0, int.MaxValue) : 0;
            var project = call.ProjectId;
            var found = call.Run(state => state.Images().Where(image => state.Owns(project, image) && filter(image)).ToList());
            return ImsResponse.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("total_count", found.Count);
                if (page)
                {
                    w.WriteStartArray("resources");
                    foreach (var image in found.Skip(offset).Take(limit))
                    {
                        WriteResource(w, image);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            });
        }

        /// <summary>The test every image found passes: the matches, then, unless <c>without_any_tag</c> asks for the
        /// images without tags (and the tag lists are ignored), all of <c>tags</c>, any of <c>tags_any</c>, not all of
        /// <c>not_tags</c>, none of <c>not_tags_any</c>. An empty list sets no condition.</summary>
        private static Func<CatalogueImage, bool> Filter(JsonBody body)
        {
            var all = TagCondition.ListOf(body, "tags");
            var any = TagCondition.ListOf(body, "tags_any");
            var notAll = TagCondition.ListOf(body, "not_tags");
            var notAny = TagCondition.ListOf(body, "not_tags_any");
            var untagged = body.Bool("without_any_tag") == true;
            var matches = Matches(body);
            return image =>
                matches.All(m => m(image))
                && (untagged
                    ? image.Tags.Count == 0
                    : all.All(c => c.Matches(image))
                        && (any.Count == 0 || any.Any(c => c.Matches(image)))
                        && (notAll.Count == 0 || !notAll.All(c => c.Matches(image)))
                        && !notAny.Any(c => c.Matches(image)));
        }

        /// <summary><c>matches</c>: resource_id equals the value; resource_name equals an empty value, and holds any
        /// other (a fuzzy match, ignoring case).</summary>
        private static IReadOnlyList<Func<CatalogueImage, bool>> Matches(JsonBody body)
        {
            var items = body.Objects("matches") ?? Array.Empty<JsonBody>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var tests = new List<Func<CatalogueImage, bool>>();
            foreach (var item in items)
            {
                var key = item.RequiredString("key");
                var value = item.RequiredString("value");
                if (!MatchKeys.Contains(key, StringComparer.Ordinal))
                {
                    throw item.Wrong("key", "resource_name or resource_id");
                }

                if (!seen.Add(key))
                {
                    throw new ImsRequestException(ImsErrors.InvalidRequest($"matches names key '{key}' more than once."));
                }

                if (value.Length > MaxMatchValueLength)
                {
                    throw item.Wrong("value", $"at most {MaxMatchValueLength} characters");
                }

                tests.Add(key == "resource_id"
                    ? image => string.Equals(image.Id, value, StringComparison.Ordinal)
                    : value.Length == 0
                        ? image => image.Name.Length == 0
                        : image => image.Name.Contains(value, StringComparison.OrdinalIgnoreCase));
            }

            return tests;
        }

        /// <summary>A whole number sent as a string (as documented) or as a number; <paramref name="fallback"/> when absent.</summary>
        private static int Whole(JsonBody body, string name, int fallback, int minimum, int maximum)
        {
            if (!body.Element.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
            {
                return fallback;
            }

            var text = element.ValueKind switch
            {
                JsonValueKind.String => JsonBody.Text(element, body.Member(name)),
                JsonValueKind.Number => element.GetRawText(),
                _ => null,
            };
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
                ? value
                : throw body.Wrong(name, $"a whole number from {minimum}{(maximum == int.MaxValue ? " up" : " to " + maximum)}");
        }

        private static void WriteResource(Utf8JsonWriter w, CatalogueImage image)
        {
            w.WriteStartObject();
            w.WriteString("resource_name", image.Name);
            w.WriteStartObject("resource_detail");
            w.WriteString("status", image.Status);
            w.WriteEndObject();
            w.WriteStartArray("tags");
            foreach (var tag in image.Tags)
            {
                TagJson.Write(w, tag);
            }

            w.WriteEndArray();
            w.WriteString("resource_id", image.Id);
            w.WriteEndObject();
        }
    }
}
