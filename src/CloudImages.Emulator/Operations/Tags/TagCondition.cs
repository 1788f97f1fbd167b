using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>One item of <c>tags</c>, <c>tags_any</c>, <c>not_tags</c> or <c>not_tags_any</c> of "Querying Images
    /// by Tag": a key and the values it may have (any value when there are none).</summary>
    internal sealed record TagCondition(string Key, IReadOnlyList<string> Values)
    {
        /// <summary>"A maximum of 10 tag keys ... Each tag key can contain a maximum of 10 tag values."</summary>
        public const int MaxItems = 10;

        public const int MaxKeyLength = 128;

        public const int MaxValueLength = 255;

        public bool Matches(CatalogueImage image) =>
            image.Tags.Any(t => string.Equals(t.Key, Key, StringComparison.Ordinal) && (Values.Count == 0 || Values.Contains(t.Value, StringComparer.Ordinal)));

        /// <summary>The conditions of list <paramref name="name"/> (none when absent). Characters are not checked
        /// ("to be compatible with remaining tags"); lengths, counts and uniqueness are (IMG.0115).</summary>
        public static IReadOnlyList<TagCondition> ListOf(JsonBody body, string name)
        {
            var items = body.Objects(name) ?? Array.Empty<JsonBody>();
            if (items.Count > MaxItems)
            {
                throw ImageTags.Invalid($"{body.Member(name)} has {items.Count} keys; at most {MaxItems} are allowed.");
            }

            var conditions = items.Select(Read).ToList();
            var repeated = conditions.GroupBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            return repeated is null ? conditions : throw ImageTags.Invalid($"{body.Member(name)} names key '{repeated.Key}' more than once.");
        }

        private static TagCondition Read(JsonBody item)
        {
            var key = item.RequiredString("key");
            var values = item.Strings("values") ?? throw item.Missing("values");
            var problem =
                key.Length == 0 || key.Length > MaxKeyLength ? $"{item.Member("key")} '{key}' is not 1 to {MaxKeyLength} characters."
                : values.Count > MaxItems ? $"{item.Member("values")} has {values.Count} values; at most {MaxItems} are allowed."
                : values.Any(v => v.Length > MaxValueLength) ? $"{item.Member("values")} has a value longer than {MaxValueLength} characters."
                : values.Distinct(StringComparer.Ordinal).Count() < values.Count ? $"{item.Member("values")} repeats a value."
                : null;
            return problem is null ? new TagCondition(key, values) : throw ImageTags.Invalid(problem);
        }
    }
}
