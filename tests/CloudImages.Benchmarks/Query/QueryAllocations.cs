using CloudImages.Ims;

namespace CloudImages.Benchmarks.Query
{
    /// <summary>Counts what building the generated query allocates, object by object: BenchmarkDotNet reports bytes,
    /// and the target is a number of allocations.</summary>
    public static class QueryAllocations
    {
        /// <summary>The objects allocated, and the bytes each.</summary>
        public static IReadOnlyList<(string Object, long Bytes)> Generated()
        {
            // Warm up, so that no one-time initialization is counted.
            _ = TenParameterQuery.Generated().ToQueryString();

            var emptyQuery = Measure(() => new ListImagesQuery());
            ListImagesQuery? query = null;
            var filledQuery = Measure(() => query = TenParameterQuery.Generated());
            string? text = null;
            var queryString = Measure(() => text = query!.ToQueryString());

            var result = new List<(string, long)> { ("ListImagesQuery", emptyQuery) };
            if (filledQuery != emptyQuery)
            {
                result.Add(("setting ten properties", filledQuery - emptyQuery));
            }

            result.Add(("query string", StringBytes(text!.Length)));
            if (queryString != StringBytes(text.Length))
            {
                result.Add(("writing the query string", queryString - StringBytes(text.Length)));
            }

            return result;
        }

        /// <summary>What GetListImagesUri allocates beyond the query object: the URI's string, and System.Uri's own
        /// objects (which include two copies of the text when it carries percent-encoded UTF-8).</summary>
        public static (long UriString, long SystemUri) GeneratedUri(CloudImagesClient client, Func<ListImagesQuery> query)
        {
            ArgumentNullException.ThrowIfNull(client);
            ArgumentNullException.ThrowIfNull(query);
            _ = client.GetListImagesUri(query());
            var filled = query();
            Uri? uri = null;
            var total = Measure(() => uri = client.GetListImagesUri(filled));
            var text = StringBytes(uri!.OriginalString.Length);
            return (text, total - text);
        }

        // A string on 64-bit .NET: header, method table, length, the characters and a terminator, 8-byte aligned.
        private static long StringBytes(int length) => (8 + 8 + 4 + (2 * (length + 1)) + 7) & ~7L;

        private static long Measure(Action action)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            action();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}
