using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The arrays rented from the shared array pools while it listens, process-wide, from the runtime's own
    /// ArrayPool event source: a pooled buffer costs memory even when no allocation shows it.</summary>
    internal sealed class ArrayPoolWatch : EventListener
    {
        private readonly ConcurrentQueue<int> _sizes = new();

        public long LargestRented => _sizes.IsEmpty ? 0 : _sizes.Max();

        /// <summary>The size of every array rented, in the order the events arrived. A rent the pool serves with a new
        /// array raises BufferRented as well as BufferAllocated, so BufferRented alone counts every rent once.</summary>
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
            // BufferRented: (bufferId, bufferSize, poolId, bucketId).
            if (eventData.EventName == "BufferRented" && eventData.Payload is [_, int size, ..])
            {
                _sizes.Enqueue(size);
            }
        }
    }
}
