using System;

namespace CloudImages.Emulator
{
    /// <summary><c>status</c>, <c>protected</c>, <c>__isregistered</c> and <c>__whole_image</c>.</summary>
    internal static class StateFilters
    {
        private static readonly string[] Statuses = { "queued", "saving", "deleted", "killed", "active" };

        public static void Apply(QueryParameters query, ListRequest request)
        {
            if (query.OneOf("status", Statuses) is { } status)
            {
                request.Add(image => string.Equals(image.Status, status, StringComparison.Ordinal));
            }

            if (query.Boolean("protected") is { } isProtected)
            {
                request.Add(image => image.Protected == isProtected);
            }

            if (query.Boolean("__isregistered") is { } registered)
            {
                request.Add(image => image.IsRegistered == registered);
            }

            if (query.Boolean("__whole_image") is { } wholeImage)
            {
                request.Add(image => image.WholeImage == wholeImage);
            }
        }
    }
}
