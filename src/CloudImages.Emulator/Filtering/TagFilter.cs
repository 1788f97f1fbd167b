using System;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary><c>tag=key=value</c>: images with a tag of exactly that key and value. The first '=' separates
    /// them, so a value may hold '='. Given more than once, every tag must be present.</summary>
    internal static class TagFilter
    {
        public static void Apply(QueryParameters query, ListRequest request)
        {
            foreach (var text in query.GetAll("tag"))
            {
                var equals = text.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    throw new ImsRequestException(ImsErrors.InvalidTag($"tag '{text}' is not key=value."));
                }

                var key = text[..equals];
                var value = text[(equals + 1)..];
                request.Add(image => image.Tags.Any(t => string.Equals(t.Key, key, StringComparison.Ordinal) && string.Equals(t.Value, value, StringComparison.Ordinal)));
            }
        }
    }
}
