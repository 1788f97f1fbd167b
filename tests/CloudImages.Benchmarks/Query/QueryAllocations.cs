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
