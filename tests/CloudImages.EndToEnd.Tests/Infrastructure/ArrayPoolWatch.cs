using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The arrays rented from the shared array pools while it listens, process-wide, from the runtime's own
    /// ArrayPool event source: a pooled buffer costs memory even when no allocation shows it.</summary>
    internal sealed class ArrayPoolWatch : EventListener
    {
        private readonly ConcurrentQueue<int> _sizes = new();
        private long _largest;

        public long LargestRented => Interlocked.Read(ref _largest);

        /// <summary>The size of every array rented, in the order the events arrived (a rent the pool could not serve
        /// raises BufferAllocated too, and is counted once).</summary>
        public IReadOnlyCollection<int> Sizes => _sizes;

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "System.Buffers.ArrayPoolEventSource")
            {
                EnableEvents(eventSource, EventLevel.Verbose);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            // BufferRented and BufferAllocated: (bufferId, bufferSize, poolId, bucketId, ...).
            if (eventData.EventName is "BufferRented" or "BufferAllocated" && eventData.Payload is [_, int size, ..])
            {
                if (eventData.EventName == "BufferRented")
                {
                    _sizes.Enqueue(size);
                }

                long seen;
                while (size > (seen = Interlocked.Read(ref _largest)) && Interlocked.CompareExchange(ref _largest, size, seen) != seen)
                {
                }
            }
        }
    }
}
