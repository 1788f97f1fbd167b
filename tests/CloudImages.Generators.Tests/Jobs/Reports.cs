namespace CloudImages.Generators.Tests.Jobs
{
    /// <summary>Keeps every report as it is made (Progress&lt;T&gt; would post them to the thread pool, later).</summary>
    internal sealed class Reports<T> : IProgress<T>
    {
        private readonly List<T> _items = [];

        public IReadOnlyList<T> Items
        {
            get
            {
                lock (_items)
                {
                    return [.. _items];
                }
            }
        }

        public void Report(T value)
        {
            lock (_items)
            {
                _items.Add(value);
            }
        }
    }
}
