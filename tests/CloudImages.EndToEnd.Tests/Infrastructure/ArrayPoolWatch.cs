using System.Diagnostics.Tracing;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>The largest array rented from the shared array pools while it listens, process-wide, from the runtime's
    /// own ArrayPool event source: a pooled buffer costs memory even when no allocation shows it.</summary>
    internal sealed class ArrayPoolWatch : EventListener
    {
        private long _largest;

        public long LargestRented => Interlocked.Read(ref _largest);

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
                long seen;
                while (size > (seen = Interlocked.Read(ref _largest)) && Interlocked.CompareExchange(ref _largest, size, seen) != seen)
                {
                }
            }
        }
    }
}
